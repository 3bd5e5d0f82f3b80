package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** The account may go to a collection agency (rev. 3, AG1): what the notice and the placement rules read. */
public final class PlacementEligible extends Outcome {
    public PlacementEligible(RuleContext rule) {
        super(rule);
    }
}
