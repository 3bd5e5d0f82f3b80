package dev.collections.account;

import dev.collections.policy.HardshipReason;
import dev.collections.policy.HardshipStatus;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "hardship_case")
public class HardshipCase extends AccountCase {
    @Enumerated(EnumType.STRING)
    public HardshipReason reason;
    @Enumerated(EnumType.STRING)
    public HardshipStatus status;
    public boolean temporary;
    public LocalDate declaredOn;

    public static List<HardshipCase> ofAccount(String accountId) {
        return list("accountId", Sort.descending("id"), accountId);
    }
}
