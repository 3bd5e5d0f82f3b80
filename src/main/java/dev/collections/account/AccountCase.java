package dev.collections.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** Something recorded on an account that can change later: a promise, arrangement, hardship case, dispute, complaint. */
@MappedSuperclass
public abstract class AccountCase extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @JsonIgnore
    public String accountId;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    public boolean belongsTo(String account) {
        return account.equals(accountId);
    }
}
