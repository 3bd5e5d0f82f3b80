package dev.collections.score;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A model going live (or, with no model, the score being switched off), by whom and how: the latest activation is
 * the live model, so every replica reading it agrees and a rollback is one more activation.
 */
@Entity
@Table(name = "score_model_activation")
public class ModelActivation extends PanacheEntityBase {
    public static final String LIVE = "LIVE";
    public static final String ROLLBACK = "ROLLBACK";
    public static final String OFF = "OFF";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long modelId;
    public String activatedBy;
    public OffsetDateTime activatedAt;
    @Column(name = "trigger_kind")
    public String trigger;

    public static List<ModelActivation> newestFirst() {
        return listAll(Sort.descending("id"));
    }
}
