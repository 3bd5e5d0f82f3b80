package dev.collections.rules;

import dev.collections.policy.AgencyPlacement;
import dev.collections.policy.AgencyRecall;
import dev.collections.policy.BandedScore;
import dev.collections.policy.CreditReport;
import dev.collections.policy.Fallback;
import dev.collections.policy.NextAction;
import dev.collections.policy.Outcome;
import dev.collections.policy.Priority;
import dev.collections.policy.ReliefOffer;
import dev.collections.policy.Score;
import dev.collections.policy.Stage;
import dev.collections.policy.StaysWithAgency;
import dev.collections.policy.Suppression;
import dev.collections.policy.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/** What the rules concluded for one account, gathered from the session after it fired; no priority when no rule gave one. */
public record Decision(Stage stage, NextAction nextAction, List<ReliefOffer> reliefOffers,
                       List<Suppression> suppressed, List<Task> tasks, CreditReport creditReport,
                       List<String> firedRules, Priority priority, List<Fallback> fallbacks,
                       List<AgencyRecall> recalls, AgencyPlacement placement, StaysWithAgency staysWithAgency,
                       Score score, BandedScore band) {

    /** Every list of a decision is unmodifiable, whether a rule concluded its kind or not. */
    public Decision {
        reliefOffers = List.copyOf(reliefOffers);
        suppressed = List.copyOf(suppressed);
        tasks = List.copyOf(tasks);
        firedRules = List.copyOf(firedRules);
        fallbacks = List.copyOf(fallbacks);
        recalls = List.copyOf(recalls);
    }

    /**
     * The decision in {@code facts}, a session's working memory after it fired, read in one pass: the outcome
     * classes are final, so a fact's class is its kind.
     */
    static Decision gathered(Iterable<?> facts, List<String> fired) {
        Gathered g = new Gathered();
        for (Object fact : facts) {
            g.add(fact);
        }
        return new Decision(
                single(g.stages, "stage"),
                single(g.nextActions, "next action"),
                distinct(g.offers, o -> o.getType().ordinal()),
                distinct(g.suppressions, s -> s.getAction().ordinal() * 100 + s.getReason().ordinal()),
                distinct(g.tasks, t -> t.getType().ordinal()),
                single(g.creditReports, "credit-report decision"),
                fired,
                optional(g.priorities, "priority"),
                highestFirst(g.fallbacks),
                distinct(g.recalls, r -> r.getReason().ordinal()),
                optional(g.placements, "agency placement"),
                optional(g.stays, "stay with the agency"),
                optional(g.scores, "score"),
                optional(g.bands, "score band"));
    }

    /**
     * The facts of each kind a decision reads, in the order working memory gave them; the rest are not kept. A kind
     * no rule concluded stays the shared empty list (most do not occur in a decision: no list is made for them).
     */
    private static final class Gathered {
        List<Stage> stages = List.of();
        List<NextAction> nextActions = List.of();
        List<ReliefOffer> offers = List.of();
        List<Suppression> suppressions = List.of();
        List<Task> tasks = List.of();
        List<CreditReport> creditReports = List.of();
        List<Priority> priorities = List.of();
        List<Fallback> fallbacks = List.of();
        List<AgencyRecall> recalls = List.of();
        List<AgencyPlacement> placements = List.of();
        List<StaysWithAgency> stays = List.of();
        List<Score> scores = List.of();
        List<BandedScore> bands = List.of();

        void add(Object fact) {
            if (fact instanceof Stage f) {
                stages = with(stages, f);
            } else if (fact instanceof NextAction f) {
                nextActions = with(nextActions, f);
            } else if (fact instanceof ReliefOffer f) {
                offers = with(offers, f);
            } else if (fact instanceof Suppression f) {
                suppressions = with(suppressions, f);
            } else if (fact instanceof Task f) {
                tasks = with(tasks, f);
            } else if (fact instanceof CreditReport f) {
                creditReports = with(creditReports, f);
            } else if (fact instanceof Priority f) {
                priorities = with(priorities, f);
            } else if (fact instanceof Fallback f) {
                fallbacks = with(fallbacks, f);
            } else if (fact instanceof AgencyRecall f) {
                recalls = with(recalls, f);
            } else if (fact instanceof AgencyPlacement f) {
                placements = with(placements, f);
            } else if (fact instanceof StaysWithAgency f) {
                stays = with(stays, f);
            } else if (fact instanceof Score f) {
                scores = with(scores, f);
            } else if (fact instanceof BandedScore f) {
                bands = with(bands, f);
            }
        }

        private static <T> List<T> with(List<T> found, T fact) {
            List<T> list = found.isEmpty() ? new ArrayList<>(2) : found;
            list.add(fact);
            return list;
        }
    }

    private static <T> T optional(List<T> found, String what) {
        return found.isEmpty() ? null : single(found, what);
    }

    private static <T> T single(List<T> found, String what) {
        if (found.size() != 1) {
            throw new RuleEvaluationException("The rules produced " + found.size() + " " + what
                    + " outcomes; exactly one is needed");
        }
        return found.get(0);
    }

    /** The rungs to step down to, highest first. */
    private static List<Fallback> highestFirst(List<Fallback> fallbacks) {
        if (fallbacks.size() > 1) {
            fallbacks.sort((a, b) -> b.getType().compareTo(a.getType()));
        }
        return fallbacks;
    }

    /**
     * One outcome per key (the one from the alphabetically first rule, for a stable answer), sorted by key: the
     * lists are a handful long, so they are sorted in place rather than through a map.
     */
    private static <T extends Outcome> List<T> distinct(List<T> outcomes, ToIntFunction<T> key) {
        if (outcomes.size() < 2) {
            return outcomes;
        }
        outcomes.sort(Comparator.<T>comparingInt(key).thenComparing(Outcome::getRule));
        List<T> kept = new ArrayList<>(outcomes.size());
        for (T o : outcomes) {
            if (kept.isEmpty() || key.applyAsInt(kept.get(kept.size() - 1)) != key.applyAsInt(o)) {
                kept.add(o);
            }
        }
        return kept;
    }
}
