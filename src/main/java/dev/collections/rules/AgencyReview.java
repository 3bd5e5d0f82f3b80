package dev.collections.rules;

import dev.collections.policy.AgencySuspension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The agencies' conduct put to the rules before a night is decided (policy.md rev. 3, AG6): each agency's
 * complaints and placed accounts in the window, in one session of their own; the agencies the rules suspend, with
 * the rule that did it. No account is in the session, so no account rule fires.
 */
public final class AgencyReview {
    private AgencyReview() {
    }

    /** The suspensions the rules conclude, and the rules that fired. */
    public record Result(List<AgencySuspension> suspensions, List<String> firedRules) {
    }

    /** {@code facts}: an {@link AgencyConduct} per agency, an {@code AgencyComplaint} per complaint. */
    public static Result review(RuleSet ruleSet, List<?> facts, int fireLimit) {
        KieSession session = ruleSet.sessions().newKieSession();
        Set<String> fired = new LinkedHashSet<>();
        var listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };
        session.addEventListener(listener);
        try {
            facts.forEach(session::insert);
            if (session.fireAllRules(fireLimit) >= fireLimit) {
                throw new RuleEvaluationException("The agency rules fired " + fireLimit + " times without settling");
            }
            List<AgencySuspension> suspensions = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof AgencySuspension s) {
                    suspensions.add(s);
                }
            }
            suspensions.sort(java.util.Comparator.comparingLong(AgencySuspension::getAgencyId));
            return new Result(suspensions, List.copyOf(fired));
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
    }
}
