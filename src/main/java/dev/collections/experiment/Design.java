package dev.collections.experiment;

import java.time.LocalDate;

/**
 * What an analyst sets when an experiment starts: its name, the challenger's directory (a name under the
 * experiments directory; null: the live rules, when only the score model changes), the challenger's share in basis
 * points (0.01%), the salt of the split, the dates it decides between (both included), the horizon, in days, its
 * outcomes are read at, and the behavioural score model that scores the challenger's accounts (null: the live one).
 */
public record Design(String name, String challengerDirectory, int shareBasisPoints, String salt, LocalDate startsOn,
                     LocalDate endsOn, int horizonDays, String challengerScoreModel) {
}
