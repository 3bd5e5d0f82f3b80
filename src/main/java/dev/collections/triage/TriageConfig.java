package dev.collections.triage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.OptionalInt;

/** When the nightly triage runs, where its work lists go, and how it is carried out. */
@ConfigMapping(prefix = "collections.triage")
public interface TriageConfig {

    /** Quartz-style cron (seconds first) of the nightly run; {@code off} turns the scheduler off. */
    @WithDefault("0 0 2 * * ?")
    String schedule();

    /** The zone of the schedule and of the business date the scheduler triages (today in that zone). */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Each run writes its work lists and summary to {@code <output-directory>/<business date>/}. */
    @WithDefault("triage-runs")
    Path outputDirectory();

    /** Accounts decided and committed together with the checkpoint. */
    @WithDefault("2000")
    int chunkSize();

    /** Threads that evaluate; the number of processors when not set. */
    OptionalInt workers();

    /** Rows fetched per round trip while the portfolio is streamed. */
    @WithDefault("5000")
    int fetchSize();

    /** How long a slice whose owner stopped beating is kept before another process may resume it. */
    @WithDefault("2m")
    Duration lease();

    /**
     * Accounts of the record per slice: a run is cut into slices of contiguous account ids that the replicas of a
     * cluster claim one at a time (docs/operations.md).
     */
    @WithDefault("100000")
    int sliceSize();

    /**
     * How often a replica looks for a running triage with slices left to decide and joins it; 0 turns it off (one
     * process alone: dev mode, tests).
     */
    @WithDefault("5s")
    Duration joinInterval();

    /**
     * The share of the night's placements given to an agency chosen at random among those that may take the account
     * (region, stage, capacity), so that agencies are compared on like accounts; the others go to the agency with
     * the most room left.
     */
    @WithDefault("0.2")
    double agencyRandomShare();
}
