package dev.collections.score;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A trained model as stored: its bytes (base64), their sha256, its report and who trained it. */
@Entity
@Table(name = "score_model")
public class StoredModel extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String version;
    public String sha256;
    public String content;
    public String source;
    public String target;
    public BigDecimal auc;
    public BigDecimal calibrationError;
    public String report;
    public String trainedBy;
    public OffsetDateTime trainedAt;

    public static Optional<StoredModel> byVersion(String version) {
        return find("version", version).firstResultOptional();
    }

    public static Optional<StoredModel> bySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    public static List<StoredModel> newestFirst() {
        return listAll(Sort.descending("trainedAt", "id"));
    }

    /** Every model, newest first, without the bytes and the report a list does not show. */
    public static List<ModelSummary> summaries() {
        return getEntityManager().createQuery("SELECT new dev.collections.score.ModelSummary(m.id, m.version,"
                + " m.sha256, m.source, m.target, m.auc, m.calibrationError, m.trainedBy, m.trainedAt)"
                + " FROM StoredModel m ORDER BY m.trainedAt DESC, m.id DESC", ModelSummary.class).getResultList();
    }
}
