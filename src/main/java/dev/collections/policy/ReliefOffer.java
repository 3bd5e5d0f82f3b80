package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** Relief to offer the customer; {@code maxTermMonths} is null when the offer has no term. */
public final class ReliefOffer extends Outcome {
    private final ReliefType type;
    private final Integer maxTermMonths;

    public ReliefOffer(ReliefType type, Integer maxTermMonths, RuleContext rule) {
        super(rule);
        this.type = type;
        this.maxTermMonths = maxTermMonths;
    }

    public ReliefOffer(ReliefType type, RuleContext rule) {
        this(type, null, rule);
    }

    public ReliefType getType() { return type; }
    public Integer getMaxTermMonths() { return maxTermMonths; }
}
