package dev.collections.account;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "complaint")
public class ComplaintRecord extends AccountCase {
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    public boolean viaRegulator;
    public LocalDate openedOn;
    public LocalDate closedOn;

    public static List<ComplaintRecord> ofAccount(String accountId) {
        return list("accountId", Sort.descending("id"), accountId);
    }

    /**
     * The complaint the rules see: an open one made through the regulator first (it holds the most), else the
     * oldest open one, else the latest one.
     */
}
