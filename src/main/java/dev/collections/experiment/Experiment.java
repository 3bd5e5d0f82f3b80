package dev.collections.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A champion/challenger experiment: the challenger rules directory (frozen when it passed the gate), the share of
 * accounts it decides, the salt of the split, the dates it runs between (both included) and the horizon its
 * outcomes are read at; who started it, and who stopped or promoted it and when.
 */
@Entity
@Table(name = "experiment")
public class Experiment extends PanacheEntityBase {
    /** RUNNING until stopped or promoted; a running experiment past its end date decides no account. */
    public enum Status { RUNNING, STOPPED, PROMOTED }

    /** The arm under which a promotion keeps the live files it replaced. */
    static final String REPLACED = "REPLACED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String challengerDirectory;
    public String challengerVersion;
    public String championVersion;
    @JsonIgnore
    public int shareBasisPoints;
    public String salt;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public int horizonDays;
    @Schema(description = "The behavioural score model that scores the challenger's accounts (null: they are scored"
            + " as the champion's, by the live model if any)")
    public String challengerScoreModel;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public String createdBy;
    public OffsetDateTime createdAt;
    public String endedBy;
    public OffsetDateTime endedAt;
    public String promotedVersion;
    @Schema(implementation = Object.class, description = "The report the promotion was made on")
    @JsonRawValue
    public String promotionReport;

    /** The challenger's share of accounts, in percent (0.01 to 50). */
    @JsonProperty("sharePercent")
    public BigDecimal sharePercent() {
        return BigDecimal.valueOf(shareBasisPoints, 2);
    }

    /** Whether it decides accounts on {@code date}: running, and the date within its dates. */
    public boolean decidesOn(LocalDate date) {
        return status == Status.RUNNING && !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    /**
     * Stores files of this experiment: the challenger's as it passed the gate ({@code CHALLENGER}), or the live
     * files a promotion replaced ({@code REPLACED}).
     */
    void storeFiles(String arm, java.util.Map<String, String> files) {
        files.forEach((path, content) -> getEntityManager().createNativeQuery("INSERT INTO {h-schema}experiment_file"
                        + " (experiment_id, arm, path, content) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, arm).setParameter(3, path).setParameter(4, content)
                .executeUpdate());
    }

    public static List<Experiment> newestFirst() {
        return listAll(Sort.descending("id"));
    }

    /** Running experiments whose end date is not past. */
    public static List<Experiment> running(LocalDate today) {
        return list("status = ?1 and endsOn >= ?2", Status.RUNNING, today);
    }
}
