package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** Something a rule concluded; it remembers the name of the rule that produced it. */
public abstract class Outcome {
    private final String rule;

    protected Outcome(RuleContext context) {
        this(context.getRule().getName());
    }

    protected Outcome(String rule) {
        this.rule = rule;
    }

    public String getRule() { return rule; }
}
