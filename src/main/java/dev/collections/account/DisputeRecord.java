package dev.collections.account;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "dispute")
public class DisputeRecord extends AccountCase {
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    public LocalDate openedOn;
    public LocalDate resolvedOn;

    public static List<DisputeRecord> ofAccount(String accountId) {
        return list("accountId", Sort.descending("id"), accountId);
    }

    /** The dispute the rules see: the oldest one still open, else the latest one. */
    public static DisputeRecord current(String accountId) {
        DisputeRecord open = find("accountId = ?1 and status = ?2", Sort.ascending("id"), accountId, CaseStatus.OPEN)
                .firstResult();
        return open != null ? open : find("accountId", Sort.descending("id"), accountId).firstResult();
    }
}
