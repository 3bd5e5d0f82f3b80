package dev.collections.policy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/** The credit-report decision: one per assessment. */
public final class CreditReport extends Outcome {
    private final CreditDecision decision;
    private final HoldReason reason;

    public CreditReport(CreditDecision decision, RuleContext rule) {
        super(rule);
        this.decision = decision;
        this.reason = null;
    }

    private CreditReport(HoldReason reason, String rule) {
        super(rule);
        this.decision = CreditDecision.HOLD;
        this.reason = reason;
    }

    /** HOLD for the hold whose reason comes first in {@code order}; it names the rule that produced that hold. */
    public static CreditReport holdFirstOf(Collection<?> holds, List<HoldReason> order) {
        CreditHold first = holds.stream().map(CreditHold.class::cast)
                .min(Comparator.comparingInt(h -> rank(order, h.getReason())))
                .orElseThrow();
        return new CreditReport(first.getReason(), first.getRule());
    }

    private static int rank(List<HoldReason> order, HoldReason reason) {
        int i = order.indexOf(reason);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public CreditDecision getDecision() { return decision; }
    public HoldReason getReason() { return reason; }
}
