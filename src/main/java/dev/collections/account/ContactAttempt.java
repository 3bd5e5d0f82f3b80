package dev.collections.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
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
import java.time.OffsetDateTime;
import java.util.List;

/** One contact attempt: SMS, call, visit or letter, with its outcome. */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @JsonIgnore
    public String accountId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public ContactOutcome outcome;
    public OffsetDateTime contactedAt;
    public String externalRef;
    public OffsetDateTime recordedAt;

    /** The most recent attempts of an account, newest first. */
    public static List<ContactAttempt> recent(String accountId, int limit) {
        return find("accountId", Sort.descending("contactedAt", "id"), accountId).page(Page.ofSize(limit)).list();
    }
}
