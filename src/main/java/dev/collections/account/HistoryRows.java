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

/** The history rows the portfolio cursor reads, as the record's (unmanaged) entities. Column 1 is the account id. */
final class HistoryRows {
    private HistoryRows() {
    }

    static ContactAttempt contact(ResultSet rs) throws SQLException {
        ContactAttempt x = new ContactAttempt();
        x.accountId = rs.getString(1);
        x.id = rs.getLong(2);
        x.channel = enumOf(Channel.class, rs.getString(3));
        x.outcome = enumOf(ContactOutcome.class, rs.getString(4));
        x.contactedAt = rs.getObject(5, OffsetDateTime.class);
        return x;
    }

    static PromiseToPay promise(ResultSet rs) throws SQLException {
        PromiseToPay x = new PromiseToPay();
        x.accountId = rs.getString(1);
        x.id = rs.getLong(2);
        x.amount = rs.getBigDecimal(3);
        x.dueDate = rs.getObject(4, LocalDate.class);
        x.status = enumOf(PromiseStatus.class, rs.getString(5));
        return x;
    }

    static ArrangementRecord arrangement(ResultSet rs) throws SQLException {
        ArrangementRecord x = new ArrangementRecord();
        x.accountId = rs.getString(1);
        x.id = rs.getLong(2);
        x.type = enumOf(ArrangementType.class, rs.getString(3));
        x.status = enumOf(ArrangementStatus.class, rs.getString(4));
        x.signedOn = rs.getObject(5, LocalDate.class);
        x.missedInstallments = rs.getInt(6);
        x.paymentInTransit = rs.getBoolean(7);
        x.autodebitFailed = rs.getBoolean(8);
        x.termMonths = (Integer) rs.getObject(9, Integer.class);
        x.nextDueDate = rs.getObject(10, LocalDate.class);
        x.brokenByBank = rs.getBoolean(11);
        return x;
    }

    static HardshipCase hardship(ResultSet rs) throws SQLException {
        HardshipCase x = new HardshipCase();
        x.accountId = rs.getString(1);
        x.id = rs.getLong(2);
        x.reason = enumOf(HardshipReason.class, rs.getString(3));
        x.status = enumOf(HardshipStatus.class, rs.getString(4));
        x.temporary = rs.getBoolean(5);
        x.declaredOn = rs.getObject(6, LocalDate.class);
        return x;
    }

    static DisputeRecord dispute(ResultSet rs) throws SQLException {
        DisputeRecord x = new DisputeRecord();
        x.accountId = rs.getString(1);
        x.id = rs.getLong(2);
        x.status = enumOf(CaseStatus.class, rs.getString(3));
        x.openedOn = rs.getObject(4, LocalDate.class);
        return x;
    }

    static ComplaintRecord complaint(ResultSet rs) throws SQLException {
        ComplaintRecord x = new ComplaintRecord();
        x.accountId = rs.getString(1);
        x.id = rs.getLong(2);
        x.status = enumOf(CaseStatus.class, rs.getString(3));
        x.viaRegulator = rs.getBoolean(4);
        x.openedOn = rs.getObject(5, LocalDate.class);
        return x;
    }

    static PlacementRecord placement(ResultSet rs) throws SQLException {
        PlacementRecord x = new PlacementRecord();
        x.accountId = rs.getString(1);
        x.id = rs.getLong(2);
        x.agencyId = rs.getLong(3);
        x.placedOn = rs.getObject(4, LocalDate.class);
        x.until = rs.getObject(5, LocalDate.class);
        x.recalledOn = rs.getObject(6, LocalDate.class);
        x.agencyStatus = enumOf(dev.collections.policy.AgencyStatus.class, rs.getString(7));
        return x;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
