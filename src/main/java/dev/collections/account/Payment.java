package dev.collections.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One payment on an account, as core banking reports it: amount, when, how, and core banking's reference. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @JsonIgnore
    public String accountId;
    public BigDecimal amount;
    public OffsetDateTime paidAt;
    @Enumerated(EnumType.STRING)
    public PaymentChannel channel;
    public String externalRef;
    public OffsetDateTime recordedAt;

    /** The most recent payments of an account, newest first. */
    public static List<Payment> recent(String accountId, int limit) {
        return find("accountId", Sort.descending("paidAt", "id"), accountId).page(Page.ofSize(limit)).list();
    }
}
