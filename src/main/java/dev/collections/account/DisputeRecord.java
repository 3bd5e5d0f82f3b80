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
}
