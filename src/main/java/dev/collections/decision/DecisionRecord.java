package dev.collections.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    /** A page of an account's decisions, newest first. */
    public static List<DecisionRecord> history(String accountId, int page, int size) {
        return find("accountId", Sort.descending("assessedAt", "assessmentId"), accountId)
                .page(Page.of(page, size)).list();
    }

    public static long countFor(String accountId) {
        return count("accountId", accountId);
    }
}
