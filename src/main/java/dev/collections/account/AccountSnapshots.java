package dev.collections.account;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Violations;
import dev.collections.model.AccountIds;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.AssessmentConfig;
import dev.collections.rules.StageTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The account snapshot core banking sends, replaced whole by each PUT, which also records the account's position
 * of the snapshot's date (its asOf in the account's time zone) in the position history.
 */
@ApplicationScoped
public class AccountSnapshots {
    /** How many of the latest contacts the record shows. */
    public static final int CONTACTS_SHOWN = 100;

    /** A snapshot as stored, and whether this call created it. */
    public record Put(AccountRecord account, boolean created) {
    }

    /** An account's snapshot with its recent history and payments. */
    public record Stored(AccountRecord account, AccountHistory history, List<Payment> payments,
                         List<PositionView> positions) {
    }

    private final ActiveRuleSet rules;
    private final AssessmentConfig assessment;

    public AccountSnapshots(ActiveRuleSet rules, AssessmentConfig assessment) {
        this.rules = rules;
        this.assessment = assessment;
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
        AccountRecord.jdbc(c -> {
            AccountColumns.write(c, accountId, s, now, created);
            return null;
        });
        if (created) {
            a = AccountRecord.findById(accountId);
        } else {
            a.written(now);
        }
        recordPosition(accountId, s, s.asOf() == null ? now : s.asOf());
        a.snapshot(); // read as stored while the transaction is open: the answer shows it
        return new Put(a, created);
    }

    private void recordPosition(String accountId, Events.Snapshot s, OffsetDateTime asOf) {
        ZoneId zone = s.timezone() == null ? assessment.defaultTimezone() : ZoneId.of(s.timezone());
        LocalDate date = asOf.atZoneSameInstant(zone).toLocalDate();
        StageTable stages = StageTable.of(rules.requireValid(), rules.fireLimit());
        AccountRecord.jdbc(c -> {
            try (Positions positions = new Positions(c, stages, date)) {
                positions.add(accountId, s.daysPastDue(), s.overdueAmount(), s.outstandingBalance());
                positions.flush();
            }
            return null;
        });
    }

    @Transactional
    public Stored get(String accountId) {
        AccountIds.check(accountId);
        AccountRecord a = AccountRecord.stored(accountId).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No account " + accountId));
        a.snapshot();
        return new Stored(a, AccountHistory.load(accountId, CONTACTS_SHOWN), Payment.recent(accountId, CONTACTS_SHOWN),
                PositionView.recent(accountId, CONTACTS_SHOWN));
    }
}
