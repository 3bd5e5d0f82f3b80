package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** A reason not to report the delinquency to the credit bureau now. */
public final class CreditHold extends Outcome {
    private final HoldReason reason;

    public CreditHold(HoldReason reason, RuleContext rule) {
        super(rule);
        this.reason = reason;
    }

    public HoldReason getReason() { return reason; }
}
