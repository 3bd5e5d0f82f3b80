package dev.collections.triage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How a run is carried out (not what it decides: that is the rules'). {@code chunkSize} accounts are decided and
 * committed together with the checkpoint; {@code workers} threads evaluate; {@code lease} is how long a silent
 * owner keeps a run before another process may take it over.
 */
public record TriageSettings(int chunkSize, int workers, int fetchSize, Duration lease, Path outputDirectory,
                             ZoneId defaultZone, int fireLimit) {
}
