package dev.collections.rules;

import dev.collections.policy.AgencyPlacement;
import dev.collections.policy.AgencyRecall;
import dev.collections.policy.CreditReport;
import dev.collections.policy.StaysWithAgency;
import dev.collections.policy.Fallback;
import dev.collections.policy.NextAction;
import dev.collections.policy.Outcome;
import dev.collections.policy.Priority;
import dev.collections.policy.ReliefOffer;
import dev.collections.policy.RollRates;
import dev.collections.policy.Stage;
import dev.collections.policy.Suppression;
import dev.collections.policy.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
            return collect(session, List.copyOf(fired));
        } catch (RuleEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleEvaluationException("A rule failed while deciding", e);
        } finally {
            session.removeEventListener(listener);
            session.dispose(); // back to the pool, reset

        }
    }

    private static Decision collect(KieSession session, List<String> fired) {
        // one pass over working memory; the outcome classes are final, so a fact's class is its kind
        Map<Class<?>, List<Object>> facts = new HashMap<>();
        for (Object fact : session.getObjects()) {
            facts.computeIfAbsent(fact.getClass(), k -> new ArrayList<>(2)).add(fact);
        }
        return new Decision(
                single(facts, Stage.class, "stage"),
                single(facts, NextAction.class, "next action"),
                distinct(all(facts, ReliefOffer.class), ReliefOffer::getType),
                distinct(all(facts, Suppression.class), s -> s.getAction().ordinal() * 100 + s.getReason().ordinal()),
                distinct(all(facts, Task.class), Task::getType),
                single(facts, CreditReport.class, "credit-report decision"),
                fired,
                optional(facts, Priority.class, "priority"),
                all(facts, Fallback.class).stream()
                        .sorted(java.util.Comparator.comparing(Fallback::getType).reversed()).toList(),
                distinct(all(facts, AgencyRecall.class), AgencyRecall::getReason),
                optional(facts, AgencyPlacement.class, "agency placement"),
                optional(facts, StaysWithAgency.class, "stay with the agency"),
                optional(facts, dev.collections.policy.Score.class, "score"),
                optional(facts, dev.collections.policy.BandedScore.class, "score band"));
    }

    private static <T> T optional(Map<Class<?>, List<Object>> facts, Class<T> type, String what) {
        return all(facts, type).isEmpty() ? null : single(facts, type, what);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> all(Map<Class<?>, List<Object>> facts, Class<T> type) {
        return (List<T>) facts.getOrDefault(type, List.of());
    }

    private static <T> T single(Map<Class<?>, List<Object>> facts, Class<T> type, String what) {
        List<T> found = all(facts, type);
        if (found.size() != 1) {
            throw new RuleEvaluationException("The rules produced " + found.size() + " " + what
                    + " outcomes; exactly one is needed");
        }
        return found.get(0);
    }

    /** One outcome per key (the one from the alphabetically first rule, for a stable answer), sorted by key. */
    private static <T extends Outcome, K extends Comparable<K>> List<T> distinct(List<T> outcomes,
                                                                               Function<T, K> key) {
        Map<K, T> byKey = outcomes.stream().collect(Collectors.toMap(key, Function.identity(),
                (a, b) -> a.getRule().compareTo(b.getRule()) <= 0 ? a : b));
        return byKey.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .collect(Collectors.toList());
    }
}
