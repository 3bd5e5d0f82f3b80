package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The account goes to an agency for {@code days} (rev. 3, AG2) when AGENCY_PLACEMENT is its next action: the nightly
 * triage picks the agency (never the one it was last recalled from).
 */
public final class AgencyPlacement extends Outcome {
    private final int days;

    public AgencyPlacement(int days, RuleContext rule) {
        super(rule);
        this.days = days;
    }

    public int getDays() { return days; }
}
