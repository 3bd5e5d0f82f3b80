package dev.collections.policy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The selection step: the policy area that comes first in {@code precedence} and proposed something decides the
 * top rung; from there the first rung down that is not suppressed and whose prerequisites (if it has any) are met
 * is the next action. NONE is always allowed. The allowed rungs under it are kept with it: a team without
 * capacity for the account steps it down to the first of them. The order and the rungs that need prerequisites are policy and are
 * passed in from rules/selection.drl.
 */
public final class Selection {
    private final List<Candidate> candidates;
    private final List<Suppression> suppressions;
    private final Set<ActionType> met;

    @SuppressWarnings("unchecked")
    public Selection(Collection<?> candidates, Collection<?> suppressions, Collection<?> prerequisitesMet) {
        // the rule collects each kind of fact into a list of that kind alone
        this.candidates = (List<Candidate>) (List<?>) List.copyOf(candidates);
        this.suppressions = (List<Suppression>) (List<?>) List.copyOf(suppressions);
        this.met = prerequisitesMet.isEmpty() ? Set.of() : EnumSet.noneOf(ActionType.class);
        for (Object p : prerequisitesMet) {
            met.add(((PrerequisitesMet) p).getAction());
        }
    }

    public NextAction choose(List<PolicyArea> precedence, Set<ActionType> needPrerequisites, Account account,
                             RuleContext selectionRule) {
        Candidate top = null;
        for (int i = 0; i < precedence.size() && top == null; i++) {
            top = highest(precedence.get(i));
        }
        if (top == null) {
            return new NextAction(ActionType.NONE, account.getAsOf(), account.getZone(),
                    Explanation.of(NOTHING_PROPOSED), selectionRule.getRule().getName());
        }
        List<Explanation.Step> steps = List.of();
        ActionType rung = top.getAction();
        while (rung != ActionType.NONE) {
            List<SuppressionReason> suppressedBy = suppressedBy(rung);
            if (suppressedBy.isEmpty() && (!needPrerequisites.contains(rung) || met.contains(rung))) {
                break;
            }
            if (steps.isEmpty()) {
                steps = new java.util.ArrayList<>(3);
            }
            steps.add(new Explanation.Step(rung, suppressedBy, rung.lower()));
            rung = rung.lower();
        }
        return new NextAction(rung, account.getAsOf(), account.getZone(), top.getReason().withSteps(steps),
                top.getRule(), allowedBelow(rung, needPrerequisites));
    }

    /** The reason's key when no policy area proposed anything (rules/language/*.yaml). */
    public static final String NOTHING_PROPOSED = "nothing-proposed";

    /** The rungs under {@code rung} (NONE excluded) that are neither suppressed nor missing prerequisites. */
    private List<ActionType> allowedBelow(ActionType rung, Set<ActionType> needPrerequisites) {
        List<ActionType> allowed = new java.util.ArrayList<>();
        for (ActionType lower = rung.lower(); lower != ActionType.NONE; lower = lower.lower()) {
            if (blockedBecause(lower, needPrerequisites) == null) {
                allowed.add(lower);
            }
        }
        return allowed;
    }

    /** The area's candidate of the highest rung (of two on the same rung, the first proposed), or null. */
    private Candidate highest(PolicyArea area) {
        Candidate highest = null;
        for (Candidate c : candidates) {
            if (c.getArea() == area && (highest == null || c.getAction().compareTo(highest.getAction()) > 0)) {
                highest = c;
            }
        }
        return highest;
    }

    private String blockedBecause(ActionType rung, Set<ActionType> needPrerequisites) {
        if (!suppressedBy(rung).isEmpty()) {
            return "suppressed";
        }
        if (needPrerequisites.contains(rung) && !met.contains(rung)) {
            return "prerequisites not met";
        }
        return null;
    }

    /** What holds {@code rung} back, each reason once, in the order the rules said it. */
    private List<SuppressionReason> suppressedBy(ActionType rung) {
        List<SuppressionReason> reasons = List.of();
        for (Suppression s : suppressions) {
            if (s.getAction() == rung && !reasons.contains(s.getReason())) {
                if (reasons.isEmpty()) {
                    reasons = new java.util.ArrayList<>(2);
                }
                reasons.add(s.getReason());
            }
        }
        return reasons;
    }
}
