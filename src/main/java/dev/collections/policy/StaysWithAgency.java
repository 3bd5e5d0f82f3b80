package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** The placed account stays with its agency (rev. 3, AG3): the agency works it, not the bank. */
public final class StaysWithAgency extends Outcome {
    public StaysWithAgency(RuleContext rule) {
        super(rule);
    }
}
