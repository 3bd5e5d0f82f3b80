package dev.collections.triage;

import dev.collections.account.RecordedAccount;
import dev.collections.account.RecordedFacts;
import dev.collections.common.ProblemException;
import dev.collections.policy.RollRates;
import dev.collections.policy.Score;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.Assessor;
import dev.collections.rules.Challenger;
import dev.collections.rules.Decision;
import dev.collections.rules.Facts;
import dev.collections.rules.RuleEvaluationException;
import dev.collections.rules.RuleIndex;
import dev.collections.rules.RuleSet;
import dev.collections.score.LiveScore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides each account of a chunk with one rule set, as of the start of the business date in the account's own
 * time zone (the contact-hours rules then move each contact to the first hour it is allowed); while an experiment
 * runs on that date, the accounts of its share are decided by its challenger. An account whose
 * facts are refused or whose rules fail becomes an error item; the others are not affected.
 */
public final class TriageEvaluator implements TriageDecider {
    private final RuleSet rules;
    private final Assessor assessor;
    private final ZoneId defaultZone;
    private final LocalDate businessDate;
    private final RollRates rates;
    private final Challenger challenger;
    private final ChunkScores scores;
    /** Each deciding rule set's index (the live set's and a challenger's), built once, read by every worker. */
    private final java.util.Map<String, RuleIndex> indexes = new java.util.concurrent.ConcurrentHashMap<>();

    public TriageEvaluator(RuleSet rules, ZoneId defaultZone, int fireLimit, LocalDate businessDate) {
        this(rules, defaultZone, fireLimit, businessDate, RollRates.NONE, null);
    }

    /**
     * {@code rates}: the roll-forward rates observed in the record, the same fact for every account of the run;
     * {@code challenger}: the running experiment's (null: none), which decides the accounts of its share.
     */
    public TriageEvaluator(RuleSet rules, ZoneId defaultZone, int fireLimit, LocalDate businessDate,
                           RollRates rates, Challenger challenger) {
        this(rules, defaultZone, fireLimit, businessDate, rates, challenger, LiveScore.NONE);
    }

    /** As above, each account scored by {@code score} (the model live when the run started; NONE: no model). */
    public TriageEvaluator(RuleSet rules, ZoneId defaultZone, int fireLimit, LocalDate businessDate,
                           RollRates rates, Challenger challenger, LiveScore score) {
        this(rules, defaultZone, fireLimit, businessDate, rates, challenger, score, LiveScore.NONE);
    }

    /**
     * As above, the accounts of the challenger's share scored by {@code challengerScore} when the experiment tries a
     * score model of its own ({@link Challenger#scoreModel()}).
     */
    public TriageEvaluator(RuleSet rules, ZoneId defaultZone, int fireLimit, LocalDate businessDate,
                           RollRates rates, Challenger challenger, LiveScore score, LiveScore challengerScore) {
        this.scores = new ChunkScores(score, challengerScore, businessDate);
        this.rates = rates;
        this.challenger = challenger;
        this.rules = rules;
        this.assessor = new Assessor(Clock.systemUTC(), defaultZone, fireLimit);
        this.defaultZone = defaultZone;
        this.businessDate = businessDate;
    }

    @Override
    public String version() {
        return rules.version();
    }

    @Override
    public dev.collections.rules.Texts texts(String version) {
        return challenger != null && challenger.ruleSet().version().equals(version) ? challenger.ruleSet().texts()
                : rules.texts();
    }

    @Override
    public LocalDate behaviourAsOf() {
        return scores.any() ? businessDate : null;
    }

    @Override
    public List<WorkItem> decide(List<RecordedAccount> chunk) {
        List<ActiveRuleSet.Assignment> assignments = new ArrayList<>(chunk.size());
        for (RecordedAccount recorded : chunk) {
            assignments.add(ActiveRuleSet.assign(rules, challenger, recorded.accountId(), businessDate));
        }
        Score[] scored = scores.of(chunk, assignments);
        List<WorkItem> items = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            items.add(decide(chunk.get(i), assignments.get(i), scored == null ? null : scored[i]));
        }
        return items;
    }

    public WorkItem decide(RecordedAccount recorded) {
        return decide(List.of(recorded)).get(0);
    }

    private WorkItem decide(RecordedAccount recorded, ActiveRuleSet.Assignment assignment, Score scored) {
        var a = recorded.snapshot();
        String accountId = recorded.accountId();
        try {
            ZoneId zone = a.timezone() == null ? defaultZone : ZoneId.of(a.timezone());
            var facts = RecordedFacts.of(recorded)
                    .withAsOf(businessDate.atStartOfDay(zone).toOffsetDateTime());
            if (scored == null) {
                scored = scores.of(recorded, assignment);
            }
            Facts ruleFacts = assessor.facts(facts).withScore(scored);
            Decision decision = assessor.decide(ruleFacts, assignment.ruleSet(), rates);
            return WorkItem.of(accountId, decision, Assessor.agency(decision, ruleFacts),
                    assignment.ruleSet().version(), assignment.strategy(), a.daysPastDue(), a.overdueAmount(),
                    a.outstandingBalance(), a.region(),
                    indexes.computeIfAbsent(assignment.ruleSet().version(), v -> RuleIndex.of(assignment.ruleSet()))
                            .encode(decision.firedRules()));
        } catch (ProblemException e) {
            return WorkItem.failed(accountId, a.daysPastDue(), a.overdueAmount(), rules.version(),
                    "The recorded facts are refused: " + e.problem().detail() + " " + e.problem().violations());
        } catch (RuleEvaluationException e) {
            return WorkItem.failed(accountId, a.daysPastDue(), a.overdueAmount(), rules.version(), e.getMessage());
        } catch (RuntimeException e) {
            return WorkItem.failed(accountId, a.daysPastDue(), a.overdueAmount(), rules.version(),
                    "The account could not be decided (" + e.getClass().getSimpleName() + ")");
        }
    }
}
