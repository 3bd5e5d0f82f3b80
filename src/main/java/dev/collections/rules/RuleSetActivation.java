package dev.collections.rules;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One rule set going live: its version, its files and their hashes, when, and what triggered it. */
@Entity
@Table(name = "rule_set_activation")
public class RuleSetActivation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String version;
    public OffsetDateTime activatedAt;
    @Column(name = "trigger_kind")
    public String trigger;
    public String directory;
    public int ruleCount;
    @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = RuleSet.RuleFile[].class)
    @JsonRawValue
    public String files;

    public static List<RuleSetActivation> newestFirst(int page, int size) {
        return findAll(Sort.descending("activatedAt", "id")).page(Page.of(page, size)).list();
    }
}
