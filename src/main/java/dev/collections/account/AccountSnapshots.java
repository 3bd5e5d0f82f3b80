package dev.collections.account;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Violations;
import dev.collections.model.AccountFacts;
import dev.collections.model.AccountIds;
import dev.collections.model.CustomerFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** The account snapshot core banking sends, replaced whole by each PUT. */
@ApplicationScoped
public class AccountSnapshots {
    /** How many of the latest contacts the record shows. */
    public static final int CONTACTS_SHOWN = 100;

    /** A snapshot as stored, and whether this call created it. */
    public record Put(AccountRecord account, boolean created) {
    }

    /** An account's snapshot with its recent history and payments. */
    public record Stored(AccountRecord account, AccountHistory history, List<Payment> payments) {
    }

    @Transactional
    public Put put(String accountId, Events.Snapshot s) {
        AccountIds.check(accountId);
        if (s == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is required");
        }
        Violations violations = new Violations();
        s.check(violations);
        violations.throwIfAny();
        AccountRecord a = AccountRecord.lock(accountId);
        boolean created = a == null;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            a = new AccountRecord();
            a.accountId = accountId;
            a.createdAt = now;
        }
        a.currency = s.currency() == null ? AccountFacts.DEFAULT_CURRENCY : s.currency();
        a.timezone = s.timezone();
        a.daysPastDue = s.daysPastDue();
        a.overdueAmount = s.overdueAmount();
        a.outstandingBalance = s.outstandingBalance();
        a.principalOutstanding = s.principalOutstanding();
        a.riskGrade = s.riskGrade();
        CustomerFacts c = s.customer() == null ? CustomerFacts.DEFAULTS : s.customer().resolved();
        a.deceased = c.deceased();
        a.vulnerable = c.vulnerable();
        a.addressVerified = c.addressVerified();
        a.phoneReachable = c.phoneReachable();
        a.creditReportNotified = c.creditReportNotified();
        a.doNotContact = Set.copyOf(c.doNotContact());
        a.updatedAt = now;
        if (created) {
            a.persist();
        }
        return new Put(a, created);
    }

    @Transactional
    public Stored get(String accountId) {
        AccountIds.check(accountId);
        AccountRecord a = AccountRecord.findById(accountId);
        if (a == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No account " + accountId);
        }
        return new Stored(a, AccountHistory.load(accountId, CONTACTS_SHOWN), Payment.recent(accountId, CONTACTS_SHOWN));
    }
}
