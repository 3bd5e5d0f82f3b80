package dev.collections.decision;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A decision the nightly triage made for an account (issue 14: a triage decision is a decision like any other):
 * the run's business date and rule-set version, the rung the rules decided and the one the account got after each
 * team's capacity, the priority, the reason, holds, offers and tasks; the experiment and arm that decided it, if
 * one ran. The rules that fired are kept as their numbers in the run's rule set ({@code rules.RuleIndex}); the
 * console reads them back as names.
 */
public record TriageDecision(LocalDate businessDate, OffsetDateTime decidedAt, String rulesetVersion, String stage,
                             String nextAction, String decidedAction, String capacityDenied, BigDecimal priority,
                             OffsetDateTime notBefore, String reason, String holds, String offers, String tasks,
                             String creditReport, String region, String error, Long experiment, String arm,
                             @com.fasterxml.jackson.annotation.JsonIgnore String firedRuleNumbers) {

    /** The same decision with its reason said in words (it is kept in no language). */
    public TriageDecision said(String words) {
        return new TriageDecision(businessDate, decidedAt, rulesetVersion, stage, nextAction, decidedAction,
                capacityDenied, priority, notBefore, words, holds, offers, tasks, creditReport, region, error,
                experiment, arm, firedRuleNumbers);
    }

    /** One business date's triage decision on an account, if the run decided it. */
    @SuppressWarnings("unchecked")
    static TriageDecision find(String accountId, LocalDate businessDate) {
        List<Object[]> rows = DecisionRecord.getEntityManager().createNativeQuery("SELECT w.business_date,"
                        + " r.started_at, w.ruleset_version, w.stage, COALESCE(a.next_action, w.next_action),"
                        + " w.next_action, a.capacity_denied, w.priority, "
                        + " CASE a.fallback WHEN 1 THEN w.fallback1_at WHEN 2 THEN w.fallback2_at"
                        + " WHEN 3 THEN w.fallback3_at ELSE w.not_before END,"
                        + " w.reason, w.holds, w.offers, w.tasks, w.credit_report, w.region, w.error, w.experiment_id,"
                        + " w.arm, w.fired_rules"
                        + " FROM {h-schema}triage_work_item w JOIN {h-schema}triage_run r"
                        + " ON r.business_date = w.business_date LEFT JOIN {h-schema}triage_assignment a"
                        + " ON a.business_date = w.business_date AND a.account_id = w.account_id"
                        + " WHERE w.account_id = ?1 AND w.business_date = ?2")
                .setParameter(1, accountId).setParameter(2, businessDate).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new TriageDecision(date(r[0]), moment(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (BigDecimal) r[7], moment(r[8]), (String) r[9], (String) r[10],
                (String) r[11], (String) r[12], (String) r[13], (String) r[14], (String) r[15],
                r[16] == null ? null : ((Number) r[16]).longValue(), (String) r[17], (String) r[18]);
    }

    static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static OffsetDateTime moment(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
