package dev.collections.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One decision the service made: the facts as evaluated, the full answer and the rule-set version. Append-only:
 * the application has no path that changes or removes one, and on PostgreSQL a trigger refuses it.
 */
@Entity
@Immutable
@Table(name = "decision")
public class DecisionRecord extends PanacheEntityBase {
    @Id
    public UUID assessmentId;
    public String accountId;
    public OffsetDateTime assessedAt;
    public String rulesetVersion;
    public String stage;
    public String nextAction;
    public String source;
    public String facts;
    public String response;
    /** Why, in no language ({@code policy.Explanation}), for saying it again in another one; null before V15. */
    public String explanation;
    /** The experiment that decided this account, and its arm; null when none ran. */
    public Long experimentId;
    public String arm;

    /** A page of an account's decisions, newest first. */
    public static List<DecisionRecord> history(String accountId, int page, int size) {
        return find("accountId", Sort.descending("assessedAt", "assessmentId"), accountId)
                .page(Page.of(page, size)).list();
    }

    public static long countFor(String accountId) {
        return count("accountId", accountId);
    }

    /** One entry of an account's whole history: a recorded decision (its id) or a triage run's (its date). */
    public record Entry(UUID assessmentId, LocalDate triageDate) {
    }

    /**
     * A page of the account's whole decision history, newest first: recorded decisions by the moment they were
     * made, triage decisions by the moment their run started.
     */
    @SuppressWarnings("unchecked")
    public static List<Entry> everyDecision(String accountId, int page, int size) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT k, d, at FROM ("
                        + " SELECT CAST(assessment_id AS VARCHAR(36)) AS k, CAST(NULL AS DATE) AS d, assessed_at AS at"
                        + " FROM {h-schema}decision WHERE account_id = ?1 UNION ALL"
                        + " SELECT CAST(NULL AS VARCHAR(36)), w.business_date, r.started_at FROM {h-schema}triage_work_item w"
                        + " JOIN {h-schema}triage_run r ON r.business_date = w.business_date WHERE w.account_id = ?1) h"
                        + " ORDER BY at DESC, k DESC, d DESC")
                .setParameter(1, accountId).setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new Entry(r[0] == null ? null : UUID.fromString((String) r[0]),
                r[1] == null ? null : TriageDecision.date(r[1]))).toList();
    }

    /** The recorded and triage decisions of an account. */
    public static long countEvery(String accountId) {
        Number triage = (Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM {h-schema}triage_work_item"
                + " WHERE account_id = ?1").setParameter(1, accountId).getSingleResult();
        return countFor(accountId) + triage.longValue();
    }

    public static TriageDecision triage(String accountId, LocalDate businessDate) {
        return TriageDecision.find(accountId, businessDate);
    }
}
