package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** An agency the nightly run suspends (rev. 3, AG6); the rule that did it is recorded as why. */
public final class AgencySuspension extends Outcome {
    private final long agencyId;

    public AgencySuspension(long agencyId, RuleContext rule) {
        super(rule);
        this.agencyId = agencyId;
    }

    public long getAgencyId() { return agencyId; }
}
