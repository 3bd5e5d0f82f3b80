package dev.collections.triage;

import dev.collections.model.Assessment;
import dev.collections.policy.ActionType;
import dev.collections.policy.CreditReport;
import dev.collections.policy.Fallback;
import dev.collections.policy.NextAction;
import dev.collections.policy.ReliefOffer;
import dev.collections.policy.Suppression;
import dev.collections.policy.Task;
import dev.collections.rules.Decision;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.ArrayList;
import java.util.Collections;

/**
 * What one account gets on the business date: its next action with the reason, holds, offers, tasks and the
 * credit-report decision, flattened for the work lists, with the rules' priority, the account's region and the
 * rungs its policy allows below the action (where a team without capacity steps it down); or, when it could not
 * be decided, the error. {@code decidedAction} is the rules' rung; {@code capacityDenied} the rung a team's full
 * capacity denied it, if any (then {@code nextAction} is the rung it stepped down to); {@code strategy} the
 * experiment and arm that decided it, if one ran; {@code firedRules} the rules that fired, by number; {@code agency}
 * the agency's part of the decision ({@link AgencyPart}).
 */
public record WorkItem(String accountId, String stage, ActionType nextAction, OffsetDateTime notBefore,
                       int daysPastDue, BigDecimal overdueAmount, String reason, String holds, String offers,
                       String tasks, String creditReport, String rulesetVersion, String error,
                       BigDecimal priority, String region, List<Assessment.Step> fallbacks, ActionType decidedAction,
                       ActionType capacityDenied, BigDecimal outstandingBalance, Assessment.Strategy strategy,
                       String firedRules, String agency) {

    /** A work item no agency is concerned with. */
    public WorkItem(String accountId, String stage, ActionType nextAction, OffsetDateTime notBefore, int daysPastDue,
                    BigDecimal overdueAmount, String reason, String holds, String offers, String tasks,
                    String creditReport, String rulesetVersion, String error, BigDecimal priority, String region,
                    List<Assessment.Step> fallbacks, ActionType decidedAction, ActionType capacityDenied,
                    BigDecimal outstandingBalance, Assessment.Strategy strategy, String firedRules) {
        this(accountId, stage, nextAction, notBefore, daysPastDue, overdueAmount, reason, holds, offers, tasks,
                creditReport, rulesetVersion, error, priority, region, fallbacks, decidedAction, capacityDenied,
                outstandingBalance, strategy, firedRules, null);
    }

    /** The item as a team's full capacity left it: stepped down to {@code rung} at {@code at}, {@code denied} full. */
    WorkItem steppedDown(ActionType rung, OffsetDateTime at, ActionType denied) {
        return new WorkItem(accountId, stage, rung, at, daysPastDue, overdueAmount, reason, holds, offers, tasks,
                creditReport, rulesetVersion, error, priority, region, fallbacks, decidedAction, denied,
                outstandingBalance, strategy, firedRules, agency);
    }

    /** {@code firedRules}: the rules that fired, as their numbers in the deciding rule set ({@code RuleIndex}). */
    public static WorkItem of(String accountId, Decision d, Assessment.AgencyDecision agency, String version,
                              Assessment.Strategy strategy, int daysPastDue, BigDecimal overdueAmount,
                              BigDecimal balance, String region, String firedRules) {
        NextAction next = d.nextAction();
        CreditReport credit = d.creditReport();
        StringBuilder holds = new StringBuilder();
        for (Suppression s : d.suppressed()) {
            holds.append(holds.length() == 0 ? "" : ";").append(s.getAction()).append(':').append(s.getReason());
        }
        StringBuilder offers = new StringBuilder();
        for (ReliefOffer o : d.reliefOffers()) {
            offers.append(offers.length() == 0 ? "" : ";").append(o.getType());
            if (o.getMaxTermMonths() != null) {
                offers.append(':').append(o.getMaxTermMonths());
            }
        }
        StringBuilder tasks = new StringBuilder();
        for (Task t : d.tasks()) {
            tasks.append(tasks.length() == 0 ? "" : ";").append(t.getType().name());
        }
        List<Assessment.Step> fallbacks = new ArrayList<>(d.fallbacks().size());
        for (Fallback f : d.fallbacks()) {
            fallbacks.add(new Assessment.Step(f.getType(), f.getNotBefore()));
        }
        // the reason in no language (said in the reader's when read: lists, the console, the API)
        return new WorkItem(accountId, d.stage().getStage().label(), next.getType(), next.getNotBefore(),
                daysPastDue, overdueAmount, next.getReason().encode(), holds.toString(), offers.toString(),
                tasks.toString(), credit.getReason() == null ? credit.getDecision().name()
                : credit.getDecision() + ":" + credit.getReason(), version, null,
                d.priority() == null ? BigDecimal.ZERO : d.priority().getValue(), region,
                Collections.unmodifiableList(fallbacks), next.getType(), null, balance, strategy, firedRules,
                AgencyPart.of(agency));
    }

    public static WorkItem failed(String accountId, int daysPastDue, BigDecimal overdueAmount, String version,
                                  String error) {
        return new WorkItem(accountId, null, null, null, daysPastDue, overdueAmount, null, null, null, null, null,
                version, error, null, null, List.of(), null, null, null, null, null);
    }

    /** The {@code i}-th rung the account may step down to (0 first), or null. */
    public Assessment.Step fallback(int i) {
        return fallbacks == null || i >= fallbacks.size() ? null : fallbacks.get(i);
    }

    public boolean isError() {
        return error != null;
    }
}
