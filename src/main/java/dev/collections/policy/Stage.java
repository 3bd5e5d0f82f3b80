package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** The account's delinquency stage, and whether it is still within the grace period. */
public final class Stage extends Outcome {
    private final DelinquencyStage stage;
    private final boolean withinGrace;

    public Stage(DelinquencyStage stage, boolean withinGrace, RuleContext rule) {
        super(rule);
        this.stage = stage;
        this.withinGrace = withinGrace;
    }

    public DelinquencyStage getStage() { return stage; }
    public boolean isWithinGrace() { return withinGrace; }
}
