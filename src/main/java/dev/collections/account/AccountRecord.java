package dev.collections.account;

import dev.collections.common.Database;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.model.AccountIds;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hibernate.Session;

/**
 * An account the record holds: its key and time stamps as an entity (the lock every write takes), and its latest
 * snapshot from core banking ({@link #snapshot()}: financial facts and customer flags, no personal data), which is
 * read and written through {@link AccountColumns} only, the same way the import and the triage do.
 */
@Entity
@Table(name = "account")
public class AccountRecord extends PanacheEntityBase {
    @Id
    public String accountId;
    @Column(insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
    @Transient
    private Events.Snapshot snapshot;

    /** The account with its snapshot, or empty when the record holds none. */
    public static Optional<AccountRecord> stored(String accountId) {
        return Optional.ofNullable(findById(accountId));
    }

    /**
     * The account, locked for the rest of the transaction: every write and every assessment from the record takes
     * this lock first, so that work on one account happens one transaction at a time.
     */
    public static AccountRecord lock(String accountId) {
        return findById(accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The account locked for this transaction, or 404 when the service holds no snapshot of it. */
    public static AccountRecord lockExisting(String accountId) {
        AccountIds.check(accountId);
        AccountRecord account = lock(accountId);
        if (account == null) {
            throw new ProblemException(ProblemType.NOT_FOUND,
                    "No account " + accountId + ": PUT /api/v1/accounts/" + accountId + " first");
        }
        return account;
    }

    /** Work on the connection of this transaction, on the record's schema. */
    static <T> T jdbc(org.hibernate.jdbc.ReturningWork<T> work) {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            c.setSchema(Database.SCHEMA);
            return work.execute(c);
        });
    }

    /** The stored snapshot (api.md's defaults applied when it was written), read when first asked for. */
    public Events.Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = jdbc(c -> AccountColumns.load(c, accountId)).orElseThrow();
        }
        return snapshot;
    }

    /** After a write of the snapshot at {@code at}: the snapshot is read again, as stored, when next asked for. */
    void written(OffsetDateTime at) {
        snapshot = null;
        updatedAt = at;
    }
}
