package dev.collections.experiment;

import java.time.LocalDate;

/**
 * What an analyst sets when an experiment starts: its name, the challenger's directory (a name under the
 * experiments directory), the challenger's share in basis points (0.01%), the salt of the split, the dates it
 * decides between (both included) and the horizon, in days, its outcomes are read at.
 */
public record Design(String name, String challengerDirectory, int shareBasisPoints, String salt, LocalDate startsOn,
                     LocalDate endsOn, int horizonDays) {
}
