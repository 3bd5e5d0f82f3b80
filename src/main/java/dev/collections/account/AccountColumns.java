package dev.collections.account;

import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.DECIMAL;
import static java.sql.Types.INTEGER;
import static java.sql.Types.VARCHAR;

import dev.collections.model.CustomerFacts;
import dev.collections.policy.RiskGrade;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The account table's columns, written once for every path that reaches them without the entity: the import
 * writes a snapshot through {@link #row} (its upsert and COPY take their columns from {@link #KEY} and
 * {@link #VALUES}), the portfolio cursor selects {@link #select} and reads a row by column name through
 * {@link #read}. {@link #apply} is the one mapping of a snapshot onto the record, for the API's PUT and the import.
 * A new account fact is one line here, a field of {@link AccountRecord} and a migration.
 */
public final class AccountColumns {
    private static final ChannelSetConverter CHANNELS = new ChannelSetConverter();

    /** How a column's value is read from a row into the record. */
    @FunctionalInterface
    public interface Reader {
        void read(AccountRecord a, ResultSet rs, String column) throws SQLException;
    }

    /** A column: its name, its JDBC type, the record's value as written, and how a row's value is read. */
    public record Column(String name, int type, Function<AccountRecord, Object> value, Reader reader) {
    }

    public static final Column KEY = new Column("account_id", VARCHAR, a -> a.accountId,
            (a, rs, n) -> a.accountId = rs.getString(n));

    /** The snapshot's columns, in the order the import writes them (days past due, amounts: 3 to 5 with the key). */
    public static final List<Column> VALUES = List.of(
            new Column("currency", VARCHAR, a -> a.currency, (a, rs, n) -> a.currency = rs.getString(n)),
            new Column("timezone", VARCHAR, a -> a.timezone, (a, rs, n) -> a.timezone = rs.getString(n)),
            new Column("days_past_due", INTEGER, a -> a.daysPastDue, (a, rs, n) -> a.daysPastDue = rs.getInt(n)),
            new Column("overdue_amount", DECIMAL, a -> a.overdueAmount,
                    (a, rs, n) -> a.overdueAmount = rs.getBigDecimal(n)),
            new Column("outstanding_balance", DECIMAL, a -> a.outstandingBalance,
                    (a, rs, n) -> a.outstandingBalance = rs.getBigDecimal(n)),
            new Column("principal_outstanding", DECIMAL, a -> a.principalOutstanding,
                    (a, rs, n) -> a.principalOutstanding = rs.getBigDecimal(n)),
            new Column("risk_grade", VARCHAR, a -> a.riskGrade == null ? null : a.riskGrade.name(),
                    (a, rs, n) -> a.riskGrade = HistoryRows.enumOf(RiskGrade.class, rs.getString(n))),
            new Column("deceased", BOOLEAN, a -> a.deceased, (a, rs, n) -> a.deceased = rs.getBoolean(n)),
            new Column("vulnerable", BOOLEAN, a -> a.vulnerable, (a, rs, n) -> a.vulnerable = rs.getBoolean(n)),
            new Column("address_verified", BOOLEAN, a -> a.addressVerified,
                    (a, rs, n) -> a.addressVerified = rs.getBoolean(n)),
            new Column("phone_reachable", BOOLEAN, a -> a.phoneReachable,
                    (a, rs, n) -> a.phoneReachable = rs.getBoolean(n)),
            new Column("credit_report_notified", BOOLEAN, a -> a.creditReportNotified,
                    (a, rs, n) -> a.creditReportNotified = rs.getBoolean(n)),
            new Column("do_not_contact", VARCHAR, a -> CHANNELS.convertToDatabaseColumn(a.doNotContact),
                    (a, rs, n) -> a.doNotContact = CHANNELS.convertToEntityAttribute(rs.getString(n))),
            new Column("region", VARCHAR, a -> a.region, (a, rs, n) -> a.region = rs.getString(n)),
            new Column("placement_notified_on", DATE, a -> a.placementNotifiedOn,
                    (a, rs, n) -> a.placementNotifiedOn = rs.getObject(n, LocalDate.class)));

    private static final List<Column> ALL = Stream.concat(Stream.of(KEY), VALUES.stream()).toList();

    private AccountColumns() {
    }

    /** Sets the record's snapshot fields from {@code s} (checked), api.md's defaults for what it leaves out. */
    public static void apply(AccountRecord a, Events.Snapshot s) {
        a.currency = s.currencyOrDefault();
        a.timezone = s.timezone();
        a.daysPastDue = s.daysPastDue();
        a.overdueAmount = s.overdueAmount();
        a.outstandingBalance = s.outstandingBalance();
        a.principalOutstanding = s.principalOutstanding();
        a.riskGrade = s.riskGrade();
        CustomerFacts c = s.customerOrDefaults();
        a.deceased = c.deceased();
        a.vulnerable = c.vulnerable();
        a.addressVerified = c.addressVerified();
        a.phoneReachable = c.phoneReachable();
        a.creditReportNotified = c.creditReportNotified();
        a.doNotContact = Set.copyOf(c.doNotContact());
        a.placementNotifiedOn = c.placementNotifiedOn();
        a.region = s.region();
    }

    /** The values the import writes for an account's snapshot: the key, then {@link #VALUES} in order. */
    public static Object[] row(String accountId, Events.Snapshot s) {
        AccountRecord a = new AccountRecord();
        a.accountId = accountId;
        apply(a, s);
        return ALL.stream().map(c -> c.value().apply(a)).toArray();
    }

    /** The columns the cursor selects, each qualified by {@code alias}. */
    public static String select(String alias) {
        return ALL.stream().map(c -> alias + "." + c.name()).collect(Collectors.joining(", "));
    }

    /** The record of the cursor's current row, read by column name. */
    public static AccountRecord read(ResultSet rs) throws SQLException {
        AccountRecord a = new AccountRecord();
        for (Column c : ALL) {
            c.reader().read(a, rs, c.name());
        }
        return a;
    }
}
