package dev.collections.triage;

import dev.collections.account.RecordedAccount;
import java.util.List;

/**
 * Turns a chunk of recorded accounts into their work items. The nightly run decides with the active rule set
 * ({@link TriageEvaluator}); the benchmark swaps in a decider without rules to measure the database path alone.
 */
public interface TriageDecider {
    /** The rule-set version the run is recorded with. */
    String version();

    /** What the decisions of {@code version} (the run's, or an experiment's arm) say in each language. */
    default dev.collections.rules.Texts texts(String version) {
        return dev.collections.rules.Texts.NONE;
    }

    /** The day the decider reads each account's behaviour as of (the behavioural score's); null: none is read. */
    default java.time.LocalDate behaviourAsOf() {
        return null;
    }

    /** One work item per account, in the chunk's order; never throws for one account's sake. */
    List<WorkItem> decide(List<RecordedAccount> chunk);
}
