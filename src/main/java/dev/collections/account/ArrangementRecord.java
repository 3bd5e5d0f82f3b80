package dev.collections.account;

import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ArrangementType;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** A repayment arrangement (instalment plan or deferral) and how it is going. */
@Entity
@Table(name = "arrangement")
public class ArrangementRecord extends AccountCase {
    @Enumerated(EnumType.STRING)
    public ArrangementType type;
    @Enumerated(EnumType.STRING)
    public ArrangementStatus status;
    public LocalDate signedOn;
    public Integer termMonths;
    public LocalDate nextDueDate;
    public int missedInstallments;
    public boolean paymentInTransit;
    public boolean autodebitFailed;
    public boolean brokenByBank;

    public static List<ArrangementRecord> ofAccount(String accountId) {
        return list("accountId", Sort.descending("id"), accountId);
    }
}
