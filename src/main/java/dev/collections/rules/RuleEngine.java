package dev.collections.rules;

import dev.collections.policy.RollRates;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;

/**
 * Evaluates one account's facts against a rule set, in a session of its own, with a firing limit so that a looping
 * rule cannot hang the caller. The session's clock stands at the assessment's asOf, so a rule's date-effective and
 * date-expires are judged by the facts' moment, not the wall clock: a policy starting on 1 January can be tested
 * in December.
 */
public final class RuleEngine {
    private static final KieSessionConfiguration AT_AS_OF = sessionAtAsOf();

    private static KieSessionConfiguration sessionAtAsOf() {
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(ClockTypeOption.PSEUDO);
        return configuration;
    }

    public Decision evaluate(RuleSet ruleSet, Facts facts, int fireLimit) {
        return evaluate(ruleSet, facts, RollRates.NONE, fireLimit);
    }

    /** {@code rates}: the roll-forward rates observed in the record, one fact shared by a whole run. */
    public Decision evaluate(RuleSet ruleSet, Facts facts, RollRates rates, int fireLimit) {
        KieSession session = ruleSet.sessions().newKieSession(AT_AS_OF);
        SessionPseudoClock clock = session.getSessionClock();
        clock.advanceTime(facts.account().getAsOf().toInstant().toEpochMilli() - clock.getCurrentTime(),
                TimeUnit.MILLISECONDS);
        Set<String> fired = new LinkedHashSet<>();
        var listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };
        session.addEventListener(listener);
        try {
            facts.toInsert().forEach(session::insert);
            session.insert(rates);
            int count = session.fireAllRules(fireLimit);
            if (count >= fireLimit) {
                throw new RuleEvaluationException("The rules fired " + count
                        + " times without settling (firing limit); a rule is probably looping");
            }
            return Decision.gathered(session.getObjects(), List.copyOf(fired));
        } catch (RuleEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleEvaluationException("A rule failed while deciding", e);
        } finally {
            session.removeEventListener(listener);
            session.dispose(); // back to the pool, reset

        }
    }
}
