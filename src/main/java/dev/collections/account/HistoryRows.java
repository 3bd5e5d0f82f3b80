package dev.collections.account;

import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ArrangementType;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.HardshipReason;
import dev.collections.policy.HardshipStatus;
import dev.collections.policy.PromiseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The case tables as the portfolio cursor reads them: each table's columns written once ({@link Table}) and read by
 * name into the record's (unmanaged) entities. The account id comes first: the cursor merges the tables by it.
 */
final class HistoryRows {
    /** A case table: its name, the columns selected, and how a row becomes its entity. */
    record Table<T>(String name, String columns, SortedRows.Mapper<T> mapper) {
    }

    static final Table<ContactAttempt> CONTACTS = new Table<>("contact_attempt",
            "account_id, id, channel, outcome, contacted_at", HistoryRows::contact);
    static final Table<PromiseToPay> PROMISES = new Table<>("promise_to_pay",
            "account_id, id, amount, due_date, status", HistoryRows::promise);
    static final Table<ArrangementRecord> ARRANGEMENTS = new Table<>("arrangement",
            "account_id, id, type, status, signed_on, missed_installments, payment_in_transit, autodebit_failed,"
                    + " term_months, next_due_date, broken_by_bank", HistoryRows::arrangement);
    static final Table<HardshipCase> HARDSHIPS = new Table<>("hardship_case",
            "account_id, id, reason, status, temporary, declared_on", HistoryRows::hardship);
    static final Table<DisputeRecord> DISPUTES = new Table<>("dispute",
            "account_id, id, status, opened_on", HistoryRows::dispute);
    static final Table<ComplaintRecord> COMPLAINTS = new Table<>("complaint",
            "account_id, id, status, via_regulator, opened_on", HistoryRows::complaint);
    /** The placements, each with its agency's standing ({@code g.status}, joined on {@code agency g}). */
    static final Table<PlacementRecord> PLACEMENTS = new Table<>("account_placement",
            "p.account_id, p.id, p.agency_id, p.placed_on, p.until, p.recalled_on, g.status AS agency_status",
            HistoryRows::placement);

    /** The positions and payments the behavioural score reads (the cursor adds the window's first day). */
    static final Table<Behaviour.Position> POSITIONS = new Table<>("account_position",
            "account_id, business_date, days_past_due, overdue_amount, outstanding_balance", HistoryRows::position);
    static final Table<Behaviour.Paid> PAYMENTS = new Table<>("payment", "account_id, paid_at, amount",
            HistoryRows::paid);

    private HistoryRows() {
    }

    /** A row of {@link #POSITIONS}, read by column number (a night reads about ten of these an account). */
    static Behaviour.Position position(ResultSet rs) throws SQLException {
        return new Behaviour.Position(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5));
    }

    /** A row of {@link #PAYMENTS}, read by column number. */
    static Behaviour.Paid paid(ResultSet rs) throws SQLException {
        return new Behaviour.Paid(rs.getObject(2, OffsetDateTime.class), rs.getBigDecimal(3));
    }

    static ContactAttempt contact(ResultSet rs) throws SQLException {
        ContactAttempt x = new ContactAttempt();
        x.accountId = rs.getString("account_id");
        x.id = rs.getLong("id");
        x.channel = enumOf(Channel.class, rs.getString("channel"));
        x.outcome = enumOf(ContactOutcome.class, rs.getString("outcome"));
        x.contactedAt = rs.getObject("contacted_at", OffsetDateTime.class);
        return x;
    }

    static PromiseToPay promise(ResultSet rs) throws SQLException {
        PromiseToPay x = new PromiseToPay();
        x.accountId = rs.getString("account_id");
        x.id = rs.getLong("id");
        x.amount = rs.getBigDecimal("amount");
        x.dueDate = rs.getObject("due_date", LocalDate.class);
        x.status = enumOf(PromiseStatus.class, rs.getString("status"));
        return x;
    }

    static ArrangementRecord arrangement(ResultSet rs) throws SQLException {
        ArrangementRecord x = new ArrangementRecord();
        x.accountId = rs.getString("account_id");
        x.id = rs.getLong("id");
        x.type = enumOf(ArrangementType.class, rs.getString("type"));
        x.status = enumOf(ArrangementStatus.class, rs.getString("status"));
        x.signedOn = rs.getObject("signed_on", LocalDate.class);
        x.missedInstallments = rs.getInt("missed_installments");
        x.paymentInTransit = rs.getBoolean("payment_in_transit");
        x.autodebitFailed = rs.getBoolean("autodebit_failed");
        x.termMonths = (Integer) rs.getObject("term_months", Integer.class);
        x.nextDueDate = rs.getObject("next_due_date", LocalDate.class);
        x.brokenByBank = rs.getBoolean("broken_by_bank");
        return x;
    }

    static HardshipCase hardship(ResultSet rs) throws SQLException {
        HardshipCase x = new HardshipCase();
        x.accountId = rs.getString("account_id");
        x.id = rs.getLong("id");
        x.reason = enumOf(HardshipReason.class, rs.getString("reason"));
        x.status = enumOf(HardshipStatus.class, rs.getString("status"));
        x.temporary = rs.getBoolean("temporary");
        x.declaredOn = rs.getObject("declared_on", LocalDate.class);
        return x;
    }

    static DisputeRecord dispute(ResultSet rs) throws SQLException {
        DisputeRecord x = new DisputeRecord();
        x.accountId = rs.getString("account_id");
        x.id = rs.getLong("id");
        x.status = enumOf(CaseStatus.class, rs.getString("status"));
        x.openedOn = rs.getObject("opened_on", LocalDate.class);
        return x;
    }

    static ComplaintRecord complaint(ResultSet rs) throws SQLException {
        ComplaintRecord x = new ComplaintRecord();
        x.accountId = rs.getString("account_id");
        x.id = rs.getLong("id");
        x.status = enumOf(CaseStatus.class, rs.getString("status"));
        x.viaRegulator = rs.getBoolean("via_regulator");
        x.openedOn = rs.getObject("opened_on", LocalDate.class);
        return x;
    }

    static PlacementRecord placement(ResultSet rs) throws SQLException {
        PlacementRecord x = new PlacementRecord();
        x.accountId = rs.getString("account_id");
        x.id = rs.getLong("id");
        x.agencyId = rs.getLong("agency_id");
        x.placedOn = rs.getObject("placed_on", LocalDate.class);
        x.until = rs.getObject("until", LocalDate.class);
        x.recalledOn = rs.getObject("recalled_on", LocalDate.class);
        x.agencyStatus = enumOf(dev.collections.policy.AgencyStatus.class, rs.getString("agency_status"));
        return x;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
