package dev.collections.triage;

import dev.collections.model.Assessment;
import dev.collections.policy.ActionType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

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
    public static WorkItem of(Assessment r, int daysPastDue, BigDecimal overdueAmount, BigDecimal balance,
                              String region, String firedRules) {
        var next = r.nextAction();
        // the reason in no language (said in the reader's when read: lists, the console, the API)
        String reason = next.explanation() != null ? next.explanation().encode()
                : next.note() == null ? next.reason() : next.reason() + " (" + next.note() + ")";
        return new WorkItem(r.accountId(), r.stage().label(), next.type(), next.notBefore(), daysPastDue,
                overdueAmount, reason,
                r.suppressed().stream().map(s -> s.action() + ":" + s.reason()).collect(Collectors.joining(";")),
                r.reliefOffers().stream().map(o -> o.maxTermMonths() == null ? o.type().name()
                        : o.type() + ":" + o.maxTermMonths()).collect(Collectors.joining(";")),
                r.tasks().stream().map(t -> t.type().name()).collect(Collectors.joining(";")),
                r.creditReport().reason() == null ? r.creditReport().decision().name()
                        : r.creditReport().decision() + ":" + r.creditReport().reason(),
                r.rulesetVersion(), null, r.priority() == null ? BigDecimal.ZERO : r.priority().value(), region,
                next.fallbacks(), next.type(), null, balance, r.strategy(), firedRules, AgencyPart.of(r.agency()));
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
