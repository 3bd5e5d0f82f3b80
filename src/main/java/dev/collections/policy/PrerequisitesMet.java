package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** The prerequisites of an action that has some (home visit, legal action) hold for this account. */
public final class PrerequisitesMet extends Outcome {
    private final ActionType action;

    public PrerequisitesMet(ActionType action, RuleContext rule) {
        super(rule);
        this.action = action;
    }

    public ActionType getAction() { return action; }
}
