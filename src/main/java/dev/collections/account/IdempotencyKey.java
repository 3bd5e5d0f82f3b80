package dev.collections.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first answer to an event POST with an Idempotency-Key, returned again for every retry. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey extends PanacheEntityBase {
    @EmbeddedId
    public Key id;
    public String requestHash;
    public int status;
    public String response;
    public OffsetDateTime createdAt;

    @Embeddable
    public record Key(String accountId, String idempotencyKey) implements Serializable {
    }

    public static IdempotencyKey of(String accountId, String key) {
        return findById(new Key(accountId, key));
    }
}
