package dev.collections.triage;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A triage run's record: one per business date; {@code startedByUser} is the user, or the trigger, that started it. */
public record TriageRun(LocalDate businessDate, Status status, String rulesetVersion, String startedBy,
                        String owner, int attempts, OffsetDateTime startedAt, OffsetDateTime heartbeatAt,
                        OffsetDateTime finishedAt, int total, int processed, int errors, String checkpoint,
                        String failure, String startedByUser) {

    public enum Status { RUNNING, COMPLETED, FAILED }

    /**
     * Where a start request left the run: started it, resumed it (failed, or nobody deciding it), joined the
     * processes deciding it, found it complete, or found nothing left to decide while another process finishes it.
     */
    public enum Claim { STARTED, RESUMED, JOINED, ALREADY_COMPLETED, RUNNING_ELSEWHERE }

    /** How a run was started. */
    public enum Trigger { SCHEDULER, COMMAND, API, CONSOLE, BENCHMARK }
}
