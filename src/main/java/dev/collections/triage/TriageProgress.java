package dev.collections.triage;

/** Told as a run goes: the progress bar of the command, the GET of the API, the metrics. */
public interface TriageProgress {
    TriageProgress NONE = (run, processed) -> {
    };

    /** {@code processed} of {@code run.total()} accounts are decided and written. */
    void advanced(TriageRun run, int processed);
}
