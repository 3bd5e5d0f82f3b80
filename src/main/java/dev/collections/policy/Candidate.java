package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** A next action proposed by one policy area; the selection step in rules/selection.drl chooses among them. */
public final class Candidate extends Outcome {
    private final ActionType action;
    private final PolicyArea area;
    private final String reason;

    public Candidate(ActionType action, PolicyArea area, String reason, RuleContext rule) {
        super(rule);
        this.action = action;
        this.area = area;
        this.reason = reason;
    }

    public ActionType getAction() { return action; }
    public PolicyArea getArea() { return area; }
    public String getReason() { return reason; }
}
