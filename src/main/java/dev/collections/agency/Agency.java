package dev.collections.agency;

import dev.collections.policy.AgencyStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A licensed collection agency the bank contracted (policy.md rev. 3): the districts it works ({@code *}: every
 * one) and the stages it takes, how many accounts it may hold at once, its fee on what it recovers, its contract
 * and its standing, with who changed it, when and why.
 */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {
    /** Every district. */
    public static final String EVERY_REGION = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String licenceNumber;
    /** District codes separated by commas, or {@link #EVERY_REGION}. */
    public String regions;
    /** Stage labels separated by commas (M4+ …). */
    public String stages;
    public int capacity;
    /** The share of what it recovers the agency earns (0.15 = 15%). */
    public BigDecimal feeRate;
    public LocalDate contractFrom;
    public LocalDate contractUntil;
    @Enumerated(EnumType.STRING)
    public AgencyStatus status;
    public String statusChangedBy;
    public OffsetDateTime statusChangedAt;
    public String statusReason;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    public static List<Agency> all() {
        return listAll(Sort.ascending("id"));
    }

    public List<String> regionList() {
        return Arrays.stream(regions.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> stageList() {
        return Arrays.stream(stages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
