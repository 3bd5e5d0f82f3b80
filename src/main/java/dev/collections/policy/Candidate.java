package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/**
 * A next action proposed by one policy area, with its reason: a key of the rules' language files
 * ({@code rules/language/*.yaml}) and the numbers the text needs (from parameters.drl, never written into the text).
 * The selection step in rules/selection.drl chooses among them.
 */
public final class Candidate extends Outcome {
    private final ActionType action;
    private final PolicyArea area;
    private final Explanation reason;

    public Candidate(ActionType action, PolicyArea area, String reason, RuleContext rule, Object... arguments) {
        super(rule);
        this.action = action;
        this.area = area;
        this.reason = Explanation.of(reason, arguments);
    }

    public ActionType getAction() { return action; }
    public PolicyArea getArea() { return area; }
    public Explanation getReason() { return reason; }
}
