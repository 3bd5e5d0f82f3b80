package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/**
 * An agency the nightly run suspends (rev. 3, AG6): the complaints counted in the window and the accounts placed
 * with it, for the record of why; the rule that did it.
 */
public final class AgencySuspension extends Outcome {
    private final long agencyId;
    private final int complaints;
    private final int placedAccounts;

    public AgencySuspension(long agencyId, int complaints, int placedAccounts, RuleContext rule) {
        super(rule);
        this.agencyId = agencyId;
        this.complaints = complaints;
        this.placedAccounts = placedAccounts;
    }

    public long getAgencyId() { return agencyId; }
    public int getComplaints() { return complaints; }
    public int getPlacedAccounts() { return placedAccounts; }
}
