package dev.collections.account;

import dev.collections.policy.AgencyStatus;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Formula;

/**
 * A placement of the account with a collection agency (policy.md rev. 3), an event of its history: placed by the
 * nightly triage or recorded by core banking, and recalled ({@code recalledOn}, the reasons as codes). The agency's
 * standing is read with it.
 */
@Entity
@Table(name = "account_placement")
public class PlacementRecord extends AccountCase {
    public long agencyId;
    public LocalDate placedOn;
    public LocalDate until;
    public LocalDate recalledOn;
    /** The recall's reasons, codes joined by ';' (RecallReason); null while placed. */
    public String recallReasons;
    public BigDecimal placedBalance;
    public BigDecimal placedOverdue;
    /** The reference the agency knows the placement by. */
    public String agencyReference;
    /** Core banking's reference of a placement it recorded (API or extract). */
    public String externalRef;
    @Enumerated(EnumType.STRING)
    @Formula("(SELECT g.status FROM {h-schema}agency g WHERE g.id = agency_id)")
    public AgencyStatus agencyStatus;

    public static List<PlacementRecord> ofAccount(String accountId) {
        return list("accountId", Sort.descending("id"), accountId);
    }
}
