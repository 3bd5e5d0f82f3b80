package dev.collections.triage;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A triage run's record: one per business date; {@code startedByUser} is the user, or the trigger, that started it. */
public record TriageRun(LocalDate businessDate, Status status, String rulesetVersion, String startedBy,
                        String owner, int attempts, OffsetDateTime startedAt, OffsetDateTime heartbeatAt,
                        OffsetDateTime finishedAt, int total, int processed, int errors, String checkpoint,
                        String failure, String startedByUser) {

    public enum Status { RUNNING, COMPLETED, FAILED }

    /** Where a start request left the run. */
    public enum Claim { STARTED, RESUMED, ALREADY_COMPLETED, RUNNING_ELSEWHERE }

    /** How a run was started. */
    public enum Trigger { SCHEDULER, COMMAND, API, CONSOLE, BENCHMARK }

    /** Whether the process that owns this RUNNING run is gone or has stopped beating for longer than the lease. */
    boolean abandoned(OffsetDateTime now, Duration lease) {
        return status != Status.RUNNING || Owner.isGone(owner) || heartbeatAt.plus(lease).isBefore(now);
    }
}
