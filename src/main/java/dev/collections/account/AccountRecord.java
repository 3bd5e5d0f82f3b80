package dev.collections.account;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.model.AccountIds;
import dev.collections.policy.Channel;
import dev.collections.policy.RiskGrade;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/** The account's latest snapshot from core banking: financial facts and customer flags, no personal data. */
@Entity
@Table(name = "account")
public class AccountRecord extends PanacheEntityBase {
    @Id
    public String accountId;
    public String currency;
    public String timezone;
    public int daysPastDue;
    public BigDecimal overdueAmount;
    public BigDecimal outstandingBalance;
    public BigDecimal principalOutstanding;
    @Enumerated(EnumType.STRING)
    public RiskGrade riskGrade;
    public boolean deceased;
    public boolean vulnerable;
    public boolean addressVerified;
    public boolean phoneReachable;
    public boolean creditReportNotified;
    @Convert(converter = ChannelSetConverter.class)
    public Set<Channel> doNotContact = Set.of();
    /** The district code (6 digits), or null. */
    public String region;
    /** The day the bank told the customer the account would go to a collection agency (rev. 3), or null. */
    public java.time.LocalDate placementNotifiedOn;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

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
}
