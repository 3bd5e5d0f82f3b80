package dev.collections.account;

import dev.collections.policy.PromiseStatus;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "promise_to_pay")
public class PromiseToPay extends AccountCase {
    public BigDecimal amount;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public PromiseStatus status;

    public static List<PromiseToPay> ofAccount(String accountId) {
        return list("accountId", Sort.descending("id"), accountId);
    }
}
