package dev.collections.triage;

import dev.collections.rules.Assessor;
import dev.collections.account.RecordedFacts;
import dev.collections.common.ProblemException;
import dev.collections.rules.RuleEvaluationException;
import dev.collections.rules.RuleSet;
import dev.collections.policy.RollRates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides each account of a chunk with one rule set, as of the start of the business date in the account's own
 * time zone (the contact-hours rules then move each contact to the first hour it is allowed). An account whose
 * facts are refused or whose rules fail becomes an error item; the others are not affected.
 */
public final class TriageEvaluator implements TriageDecider {
    private final RuleSet rules;
    private final Assessor assessor;
    private final ZoneId defaultZone;
    private final LocalDate businessDate;
    private final RollRates rates;

    public TriageEvaluator(RuleSet rules, ZoneId defaultZone, int fireLimit, LocalDate businessDate) {
        this(rules, defaultZone, fireLimit, businessDate, RollRates.NONE);
    }

    /** {@code rates}: the roll-forward rates observed in the record, the same fact for every account of the run. */
    public TriageEvaluator(RuleSet rules, ZoneId defaultZone, int fireLimit, LocalDate businessDate,
                           RollRates rates) {
        this.rates = rates;
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
    public List<WorkItem> decide(List<RecordedAccount> chunk) {
        List<WorkItem> items = new ArrayList<>(chunk.size());
        for (RecordedAccount recorded : chunk) {
            items.add(decide(recorded));
        }
        return items;
    }

    public WorkItem decide(RecordedAccount recorded) {
        var a = recorded.account();
        try {
            ZoneId zone = a.timezone == null ? defaultZone : ZoneId.of(a.timezone);
            var facts = RecordedFacts.of(a, recorded.history())
                    .withAsOf(businessDate.atStartOfDay(zone).toOffsetDateTime());
            return WorkItem.of(assessor.assess(facts, rules, rates), a.daysPastDue, a.overdueAmount,
                    a.outstandingBalance, a.region);
        } catch (ProblemException e) {
            return WorkItem.failed(a.accountId, a.daysPastDue, a.overdueAmount, rules.version(),
                    "The recorded facts are refused: " + e.problem().detail() + " " + e.problem().violations());
        } catch (RuleEvaluationException e) {
            return WorkItem.failed(a.accountId, a.daysPastDue, a.overdueAmount, rules.version(), e.getMessage());
        } catch (RuntimeException e) {
            return WorkItem.failed(a.accountId, a.daysPastDue, a.overdueAmount, rules.version(),
                    "The account could not be decided (" + e.getClass().getSimpleName() + ")");
        }
    }
}
