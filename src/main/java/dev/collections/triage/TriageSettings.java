package dev.collections.triage;

import dev.collections.outcome.OutcomeConfig;
import dev.collections.rules.AssessmentConfig;
import dev.collections.rules.RulesConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * How a run is carried out (not what it decides: that is the rules'). {@code chunkSize} accounts are decided and
 * committed together with the checkpoint; {@code workers} threads evaluate; {@code lease} is how long a silent
 * owner keeps a slice before another process may take it over; a run is cut into slices of {@code sliceSize}
 * accounts that the processes of a cluster share.
 */
public record TriageSettings(int chunkSize, int workers, int fetchSize, Duration lease, Path outputDirectory,
                             ZoneId defaultZone, int fireLimit, ZoneId businessZone, List<Integer> outcomeHorizons,
                             int rollRateWindowDays, int sliceSize, java.util.Locale language,
                             double agencyRandomShare) {
    private static final List<Integer> HORIZONS = List.of(30, 60, 90);
    private static final int WINDOW_DAYS = 180;
    private static final int SLICE_SIZE = 100_000;

    /** Settings with the default outcome horizons and roll-rate window (tests, the benchmark). */
    public TriageSettings(int chunkSize, int workers, int fetchSize, Duration lease, Path outputDirectory,
                          ZoneId defaultZone, int fireLimit) {
        this(chunkSize, workers, fetchSize, lease, outputDirectory, defaultZone, fireLimit, defaultZone, HORIZONS,
                WINDOW_DAYS, SLICE_SIZE);
    }

    /** Settings whose work lists say their reasons in English. */
    public TriageSettings(int chunkSize, int workers, int fetchSize, Duration lease, Path outputDirectory,
                          ZoneId defaultZone, int fireLimit, ZoneId businessZone, List<Integer> outcomeHorizons,
                          int rollRateWindowDays, int sliceSize) {
        this(chunkSize, workers, fetchSize, lease, outputDirectory, defaultZone, fireLimit, businessZone,
                outcomeHorizons, rollRateWindowDays, sliceSize, java.util.Locale.ENGLISH, 0.2);
    }

    /** The settings the configuration gives (the service's and the command's alike). */
    public static TriageSettings of(TriageConfig triage, OutcomeConfig outcomes, AssessmentConfig assessment,
                                    RulesConfig rules) {
        return new TriageSettings(triage.chunkSize(),
                triage.workers().orElse(Runtime.getRuntime().availableProcessors()), triage.fetchSize(),
                triage.lease(), triage.outputDirectory(), assessment.defaultTimezone(), rules.fireLimit(),
                triage.timeZone(), List.copyOf(outcomes.outcomeHorizons()), (int) outcomes.rollRateWindow().toDays(),
                triage.sliceSize(), java.util.Locale.forLanguageTag(assessment.defaultLanguage()),
                triage.agencyRandomShare());
    }

    /** The same with another chunk size, number of workers or output directory (a command's options). */
    public TriageSettings with(Integer chunkSize, Integer workers, Path outputDirectory) {
        return new TriageSettings(chunkSize == null ? this.chunkSize : chunkSize,
                workers == null ? this.workers : workers, fetchSize, lease,
                outputDirectory == null ? this.outputDirectory : outputDirectory, defaultZone, fireLimit, businessZone,
                outcomeHorizons, rollRateWindowDays, sliceSize, language, agencyRandomShare);
    }
}
