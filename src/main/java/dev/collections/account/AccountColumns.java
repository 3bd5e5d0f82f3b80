package dev.collections.account;

import static dev.collections.account.ColumnKind.AMOUNT;
import static dev.collections.account.ColumnKind.CHANNELS;
import static dev.collections.account.ColumnKind.DATE;
import static dev.collections.account.ColumnKind.FLAG;
import static dev.collections.account.ColumnKind.TEXT;
import static dev.collections.account.ColumnKind.WHOLE_NUMBER;

import dev.collections.model.CustomerFacts;
import dev.collections.policy.RiskGrade;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The account table's columns, written once for every path that reads or writes an account's snapshot: the API's
 * PUT ({@link #write}), the import's MERGE and COPY ({@link #row}, its columns {@link #VALUES}), the record read
 * for an assessment ({@link #load}), the portfolio cursor ({@link #select}, {@link #read}) and an extract's
 * {@code accounts.csv} line (each column's {@code field}). A new account fact is one line here, a field of the
 * model and a migration (docs/adding-a-fact.md).
 */
public final class AccountColumns {

    /**
     * A column: its name, the extract's column for it ({@code field}, as the API names the fact), its kind, the
     * value a snapshot stores (api.md's defaults applied) and how a value read is set on a snapshot's builder.
     */
    public record Column<T>(String name, String field, ColumnKind<T> kind, Function<Events.Snapshot, T> stored,
                            BiConsumer<Events.Snapshot.Builder, T> set) {
        /** Sets the value of {@code rs}'s column on {@code b}. */
        void read(ResultSet rs, Events.Snapshot.Builder b) throws SQLException {
            set.accept(b, kind.reader().read(rs, name));
        }

        Object column(Events.Snapshot s) {
            return kind.toColumn(stored.apply(s));
        }
    }

    public static final String KEY = "account_id";

    /** The snapshot's columns, in the order the import writes them (days past due, amounts: 3 to 5 with the key). */
    public static final List<Column<?>> VALUES = List.of(
            new Column<>("currency", "currency", TEXT, Events.Snapshot::currencyOrDefault, Events.Snapshot.Builder::currency),
            new Column<>("timezone", "timezone", TEXT, Events.Snapshot::timezone, Events.Snapshot.Builder::timezone),
            new Column<>("days_past_due", "daysPastDue", WHOLE_NUMBER, Events.Snapshot::daysPastDue,
                    Events.Snapshot.Builder::daysPastDue),
            new Column<>("overdue_amount", "overdueAmount", AMOUNT, Events.Snapshot::overdueAmount,
                    Events.Snapshot.Builder::overdueAmount),
            new Column<>("outstanding_balance", "outstandingBalance", AMOUNT, Events.Snapshot::outstandingBalance,
                    Events.Snapshot.Builder::outstandingBalance),
            new Column<>("principal_outstanding", "principalOutstanding", AMOUNT,
                    Events.Snapshot::principalOutstanding, Events.Snapshot.Builder::principalOutstanding),
            new Column<>("risk_grade", "riskGrade", ColumnKind.choice(RiskGrade.class), Events.Snapshot::riskGrade,
                    Events.Snapshot.Builder::riskGrade),
            customer("deceased", "deceased", FLAG, CustomerFacts::deceased, CustomerFacts.Builder::deceased),
            customer("vulnerable", "vulnerable", FLAG, CustomerFacts::vulnerable, CustomerFacts.Builder::vulnerable),
            customer("address_verified", "addressVerified", FLAG, CustomerFacts::addressVerified,
                    CustomerFacts.Builder::addressVerified),
            customer("phone_reachable", "phoneReachable", FLAG, CustomerFacts::phoneReachable,
                    CustomerFacts.Builder::phoneReachable),
            customer("credit_report_notified", "creditReportNotified", FLAG, CustomerFacts::creditReportNotified,
                    CustomerFacts.Builder::creditReportNotified),
            customer("do_not_contact", "doNotContact", CHANNELS, CustomerFacts::doNotContact,
                    CustomerFacts.Builder::doNotContact),
            new Column<>("region", "region", TEXT, Events.Snapshot::region, Events.Snapshot.Builder::region),
            customer("placement_notified_on", "placementNotifiedOn", DATE, CustomerFacts::placementNotifiedOn,
                    CustomerFacts.Builder::placementNotifiedOn));

    private AccountColumns() {
    }

    /** A customer's column: the flag as stored is the given one or api.md's default. */
    private static <T> Column<T> customer(String name, String field, ColumnKind<T> kind,
                                          Function<CustomerFacts, T> value, BiConsumer<CustomerFacts.Builder, T> set) {
        return new Column<>(name, field, kind, s -> value.apply(s.customerOrDefaults()),
                (b, v) -> set.accept(b.customer(), v));
    }

    /** The values the import writes for an account's snapshot: the key, then {@link #VALUES} in order. */
    public static Object[] row(String accountId, Events.Snapshot s) {
        Object[] row = new Object[VALUES.size() + 1];
        row[0] = accountId;
        for (int i = 0; i < VALUES.size(); i++) {
            row[i + 1] = VALUES.get(i).column(s);
        }
        return row;
    }

    /** The key and the values, each qualified by {@code alias}, for a SELECT that {@link #read} reads. */
    public static String select(String alias) {
        return alias + "." + KEY + ", " + VALUES.stream().map(c -> alias + "." + c.name())
                .collect(Collectors.joining(", "));
    }

    /** The snapshot of a row selected with {@link #select}, read by column name. */
    public static Events.Snapshot read(ResultSet rs) throws SQLException {
        Events.Snapshot.Builder b = Events.Snapshot.builder();
        for (Column<?> c : VALUES) {
            c.read(rs, b);
        }
        return b.build();
    }

    /** The stored snapshot of an account, if the record holds one. */
    public static Optional<Events.Snapshot> load(Connection c, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + select("a") + " FROM account a WHERE a."
                + KEY + " = ?")) {
            s.setString(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Replaces the account's snapshot with {@code s} ({@code created}: inserts it), stamped {@code now}. */
    public static void write(Connection c, String accountId, Events.Snapshot s, OffsetDateTime now, boolean created)
            throws SQLException {
        String names = VALUES.stream().map(Column::name).collect(Collectors.joining(", "));
        String sql = created
                ? "INSERT INTO account (" + names + ", created_at, updated_at, " + KEY + ") VALUES ("
                        + "?, ".repeat(VALUES.size() + 2) + "?)"
                : "UPDATE account SET " + VALUES.stream().map(v -> v.name() + " = ?").collect(Collectors.joining(", "))
                        + ", updated_at = ? WHERE " + KEY + " = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (Column<?> v : VALUES) {
                Object value = v.column(s);
                if (value == null) {
                    p.setNull(i++, v.kind().type());
                } else {
                    p.setObject(i++, value, v.kind().type());
                }
            }
            if (created) {
                p.setObject(i++, now, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            p.setObject(i++, now, Types.TIMESTAMP_WITH_TIMEZONE);
            p.setString(i, accountId);
            p.executeUpdate();
        }
    }
}
