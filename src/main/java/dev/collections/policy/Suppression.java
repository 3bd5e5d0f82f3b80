package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** An action that must not be taken, and why. Suppressions always apply, whichever policy area proposed the action. */
public final class Suppression extends Outcome {
    private final ActionType action;
    private final SuppressionReason reason;

    public Suppression(ActionType action, SuppressionReason reason, RuleContext rule) {
        super(rule);
        this.action = action;
        this.reason = reason;
    }

    public ActionType getAction() { return action; }
    public SuppressionReason getReason() { return reason; }
}
