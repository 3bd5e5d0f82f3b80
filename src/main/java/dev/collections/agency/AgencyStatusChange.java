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
import java.time.OffsetDateTime;
import java.util.List;

/** One change of an agency's standing, kept for the auditors: to what, by whom (a user or the nightly run), why. */
@Entity
@Table(name = "agency_status_change")
public class AgencyStatusChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long agencyId;
    @Enumerated(EnumType.STRING)
    public AgencyStatus status;
    public String changedBy;
    public OffsetDateTime changedAt;
    public String reason;

    public static List<AgencyStatusChange> of(long agencyId) {
        return list("agencyId", Sort.descending("id"), agencyId);
    }
}
