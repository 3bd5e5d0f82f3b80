package dev.collections.extract;

import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.DECIMAL;
import static java.sql.Types.INTEGER;
import static java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
import static java.sql.Types.VARCHAR;

import dev.collections.account.AccountColumns;
import dev.collections.account.CaseStatus;
import dev.collections.account.Events;
import dev.collections.account.PaymentChannel;
import dev.collections.account.Positions;
import dev.collections.common.Violations;
import dev.collections.extract.Upsert.Column;
import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ArrangementType;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.HardshipReason;
import dev.collections.policy.HardshipStatus;
import dev.collections.policy.PromiseStatus;
import java.util.List;

/**
 * The files of a core-banking extract, in the order they load (accounts before what is recorded on them). Each
 * row is checked by the same rules as the API's snapshot and event bodies; cases carry core banking's reference
 * ({@code ref}) so a second import updates instead of adding. docs/triage.md documents every column.
 */
enum ExtractFile {
    ACCOUNTS("accounts.csv", List.of("accountId", "daysPastDue", "overdueAmount", "outstandingBalance"),
            new Upsert("account", List.of(new Column(AccountColumns.KEY, VARCHAR)),
                    AccountColumns.VALUES.stream().map(ExtractFile::column).toList(), "created_at", "updated_at")) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            var s = AccountLine.snapshot(c);
            s.check(v);
            return v.list().isEmpty() ? AccountColumns.row(account, s) : null;
        }
    },
    CONTACTS("contacts.csv", List.of("accountId", "channel", "at", "outcome"),
            new Upsert("contact_attempt", List.of(new Column("account_id", VARCHAR), new Column("channel", VARCHAR),
                    new Column("contacted_at", TIMESTAMP_WITH_TIMEZONE), new Column("outcome", VARCHAR)),
                    List.of(new Column("external_ref", VARCHAR)), "recorded_at", null)) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            var e = new Events.Contact(c.choice("channel", Channel.class), c.moment("at"),
                    c.choice("outcome", ContactOutcome.class), c.text("externalRef"));
            e.check(v);
            return new Object[] {account, nameOf(e.channel()), e.at(), nameOf(e.outcome()), e.externalRef()};
        }
    },
    PAYMENTS("payments.csv", List.of("accountId", "ref", "amount", "paidAt"),
            new Upsert("payment", List.of(new Column("account_id", VARCHAR), new Column("external_ref", VARCHAR)),
                    List.of(new Column("amount", DECIMAL), new Column("paid_at", TIMESTAMP_WITH_TIMEZONE),
                            new Column("channel", VARCHAR)), "recorded_at", null)) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            var e = new Events.Payment(c.decimal("amount"), c.moment("paidAt"),
                    c.choice("channel", PaymentChannel.class), ref(c, v));
            e.check(v);
            return new Object[] {account, e.externalRef(), e.amount(), e.paidAt(), nameOf(e.channel())};
        }
    },
    PROMISES("promises.csv", List.of("accountId", "ref", "amount", "dueDate"),
            cases("promise_to_pay", new Column("amount", DECIMAL), new Column("due_date", DATE),
                    new Column("status", VARCHAR))) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            var e = new Events.Promise(c.decimal("amount"), c.date("dueDate"),
                    c.choice("status", PromiseStatus.class));
            e.check(v);
            return new Object[] {account, ref(c, v), e.amount(), e.dueDate(),
                    nameOf(e.statusOrPending())};
        }
    },
    ARRANGEMENTS("arrangements.csv", List.of("accountId", "ref", "type"),
            cases("arrangement", new Column("type", VARCHAR), new Column("status", VARCHAR),
                    new Column("signed_on", DATE), new Column("term_months", INTEGER),
                    new Column("next_due_date", DATE), new Column("missed_installments", INTEGER),
                    new Column("payment_in_transit", BOOLEAN), new Column("autodebit_failed", BOOLEAN),
                    new Column("broken_by_bank", BOOLEAN))) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            var e = new Events.Arrangement(c.choice("type", ArrangementType.class),
                    c.choice("status", ArrangementStatus.class), c.date("signedOn"), c.integer("termMonths"),
                    c.date("nextDueDate"), c.integer("missedInstallments"), c.flag("paymentInTransit"),
                    c.flag("autodebitFailed"), c.flag("brokenByBank"));
            e.check(v);
            return new Object[] {account, ref(c, v), nameOf(e.type()),
                    nameOf(e.statusOrActive()), e.signedOn(), e.termMonths(),
                    e.nextDueDate(), e.missedOrZero(),
                    e.inTransitOrFalse(), e.autodebitFailedOrFalse(), e.brokenByBankOrFalse()};
        }
    },
    HARDSHIP("hardship-cases.csv", List.of("accountId", "ref", "reason"),
            cases("hardship_case", new Column("reason", VARCHAR), new Column("status", VARCHAR),
                    new Column("temporary", BOOLEAN), new Column("declared_on", DATE))) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            var e = new Events.Hardship(c.choice("reason", HardshipReason.class),
                    c.choice("status", HardshipStatus.class), c.flag("temporary"), c.date("declaredOn"));
            e.check(v);
            return new Object[] {account, ref(c, v), nameOf(e.reason()),
                    nameOf(e.statusOrDeclared()), e.temporaryOrFalse(),
                    e.declaredOn()};
        }
    },
    DISPUTES("disputes.csv", List.of("accountId", "ref", "openedOn"),
            cases("dispute", new Column("status", VARCHAR), new Column("opened_on", DATE),
                    new Column("resolved_on", DATE))) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            var e = new Events.Dispute(c.date("openedOn"));
            e.check(v);
            LocalDateCheck.order(v, "resolvedOn", e.openedOn(), c.date("resolvedOn"));
            CaseStatus status = c.choice("status", CaseStatus.class);
            return new Object[] {account, ref(c, v), nameOf(status == null ? CaseStatus.OPEN : status), e.openedOn(),
                    c.date("resolvedOn")};
        }
    },
    PLACEMENTS("placements.csv", List.of("accountId", "ref", "agencyId", "placedOn", "until"),
            cases("account_placement", new Column("agency_id", java.sql.Types.BIGINT), new Column("placed_on", DATE),
                    new Column("until", DATE), new Column("recalled_on", DATE), new Column("recall_reasons", VARCHAR),
                    new Column("agency_reference", VARCHAR))) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            Integer agency = c.integer("agencyId");
            var e = new Events.Placement(agency == null ? null : agency.longValue(), c.date("placedOn"),
                    c.date("until"), c.text("agencyReference"), null);
            e.check(v);
            LocalDateCheck.order(v, "recalledOn", e.placedOn(), c.date("recalledOn"));
            java.util.List<dev.collections.policy.RecallReason> reasons = c.recallReasons("recallReasons");
            return new Object[] {account, ref(c, v), e.agencyId(), e.placedOn(), e.until(), c.date("recalledOn"),
                    reasons == null ? null : String.join(";", reasons.stream().map(Enum::name).toList()),
                    e.agencyReference()};
        }
    },
    COMPLAINTS("complaints.csv", List.of("accountId", "ref", "openedOn"),
            cases("complaint", new Column("status", VARCHAR), new Column("via_regulator", BOOLEAN),
                    new Column("opened_on", DATE), new Column("closed_on", DATE))) {
        @Override
        Object[] row(String account, Cells c, Violations v) {
            var e = new Events.Complaint(c.flag("viaRegulator"), c.date("openedOn"));
            e.check(v);
            LocalDateCheck.order(v, "closedOn", e.openedOn(), c.date("closedOn"));
            CaseStatus status = c.choice("status", CaseStatus.class);
            return new Object[] {account, ref(c, v), nameOf(status == null ? CaseStatus.OPEN : status),
                    yes(e.viaRegulator()), e.openedOn(), c.date("closedOn")};
        }
    };

    final String fileName;
    final List<String> required;
    final Upsert upsert;

    ExtractFile(String fileName, List<String> required, Upsert upsert) {
        this.fileName = fileName;
        this.required = required;
        this.upsert = upsert;
    }

    /** The row's values in the upsert's column order, or violations added to {@code v}. */
    abstract Object[] row(String accountId, Cells cells, Violations v);

    /** An accounts row's position (days past due, overdue amount, balance) added to {@code positions}. */
    void position(Object[] values, Positions positions) throws java.sql.SQLException {
        positions.add((String) values[0], (Integer) values[3], (java.math.BigDecimal) values[4],
                (java.math.BigDecimal) values[5]);
    }

    /** Whether its rows are recorded on accounts that must be loaded already. */
    boolean recordsOnAccounts() {
        return this != ACCOUNTS;
    }

    private static Upsert cases(String table, Column... values) {
        return new Upsert(table, List.of(new Column("account_id", VARCHAR), new Column("external_ref", VARCHAR)),
                List.of(values), "created_at", "updated_at");
    }

    private static Column column(AccountColumns.Column<?> c) {
        return new Column(c.name(), c.kind().type());
    }

    private static String ref(Cells c, Violations v) {
        String ref = c.text("ref");
        v.required("ref", ref).text("ref", ref, 128);
        return ref;
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

}
