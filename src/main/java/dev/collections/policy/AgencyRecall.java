package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** The placed account comes back from its agency (rev. 3, AG4 and AG5), and why; the bank's ladder applies again. */
public final class AgencyRecall extends Outcome {
    private final RecallReason reason;

    public AgencyRecall(RecallReason reason, RuleContext rule) {
        super(rule);
        this.reason = reason;
    }

    public RecallReason getReason() { return reason; }
}
