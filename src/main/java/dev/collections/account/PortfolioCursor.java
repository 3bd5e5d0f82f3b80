package dev.collections.account;

import dev.collections.common.SqlDialect;
import dev.collections.model.FactsValidator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams the accounts due for triage, in account-id order, each with its whole history: one sorted cursor per
 * table, merged in Java, so the portfolio is read in seven sequential scans and never held in memory.
 */
public final class PortfolioCursor implements Iterator<RecordedAccount>, AutoCloseable {
    /** Days past due, or a case still open: the accounts a triage run decides. */
    static final String DUE_FOR_TRIAGE = "(a.days_past_due > 0"
            + " OR EXISTS (SELECT 1 FROM dispute x WHERE x.account_id = a.account_id AND x.status = 'OPEN')"
            + " OR EXISTS (SELECT 1 FROM complaint x WHERE x.account_id = a.account_id AND x.status = 'OPEN')"
            + " OR EXISTS (SELECT 1 FROM arrangement x WHERE x.account_id = a.account_id"
            + " AND (x.status = 'ACTIVE' OR x.status = 'BROKEN' AND x.broken_by_bank))"
            + " OR EXISTS (SELECT 1 FROM hardship_case x WHERE x.account_id = a.account_id"
            + " AND x.status IN ('DECLARED', 'VERIFIED'))"
            + " OR EXISTS (SELECT 1 FROM promise_to_pay x WHERE x.account_id = a.account_id AND x.status = 'PENDING')"
            + " OR EXISTS (SELECT 1 FROM account_placement x WHERE x.account_id = a.account_id"
            + " AND x.recalled_on IS NULL))";

    private final List<PreparedStatement> statements = new ArrayList<>();
    private final SqlDialect dialect;
    private final ResultSet accounts;
    private final SortedRows<ContactAttempt> contacts;
    private final SortedRows<PromiseToPay> promises;
    private final SortedRows<ArrangementRecord> arrangements;
    private final SortedRows<HardshipCase> hardships;
    private final SortedRows<DisputeRecord> disputes;
    private final SortedRows<ComplaintRecord> complaints;
    private final SortedRows<PlacementRecord> placements;
    private final SortedRows<Behaviour.Position> positions;
    private final SortedRows<Behaviour.Paid> payments;
    private String nextId;
    private Events.Snapshot next;

    /**
     * The accounts due for triage of a slice, after {@code after} up to {@code upto} inclusive in the column's own
     * order (so the tables' account-id indexes find the slice), and after {@code checkpoint} in key order (where a
     * slice's decisions stopped); null: no such bound. The connection must not be in auto-commit (cursors).
     */
    public PortfolioCursor(Connection c, SqlDialect dialect, String after, String upto, String checkpoint,
                           int fetchSize) throws SQLException {
        this(c, dialect, new String[] {after, upto, checkpoint}, fetchSize, true, null);
    }

    /**
     * As above, each account with its {@link Behaviour} as of {@code behaviourAsOf} (null: none read), for the
     * behavioural score.
     */
    public PortfolioCursor(Connection c, SqlDialect dialect, String after, String upto, String checkpoint,
                           int fetchSize, LocalDate behaviourAsOf) throws SQLException {
        this(c, dialect, new String[] {after, upto, checkpoint}, fetchSize, true, behaviourAsOf);
    }

    /** Every account the record holds, due or not (simulations). */
    public static PortfolioCursor everyAccount(Connection c, int fetchSize) throws SQLException {
        return everyAccount(c, fetchSize, null);
    }

    /** As above, each account with its {@link Behaviour} as of {@code behaviourAsOf} (null: none read). */
    public static PortfolioCursor everyAccount(Connection c, int fetchSize, LocalDate behaviourAsOf)
            throws SQLException {
        return new PortfolioCursor(c, SqlDialect.of(c), new String[3], fetchSize, false, behaviourAsOf);
    }

    private PortfolioCursor(Connection c, SqlDialect dialect, String[] bounds, int fetchSize, boolean dueOnly,
                            LocalDate behaviourAsOf) throws SQLException {
        this.dialect = dialect;
        String[] values = java.util.Arrays.stream(bounds).filter(java.util.Objects::nonNull).toArray(String[]::new);
        accounts = open(c, "SELECT " + AccountColumns.select("a")
                + " FROM account a WHERE " + (dueOnly ? DUE_FOR_TRIAGE : "1 = 1")
                + range(dialect, "a.account_id", bounds, " AND ")
                + " ORDER BY " + dialect.key("a.account_id"), values, fetchSize);
        String where = range(dialect, "account_id", bounds, " WHERE ");
        String order = " ORDER BY " + dialect.key("account_id");
        contacts = rows(c, HistoryRows.CONTACTS, where, order + ", contacted_at DESC, id DESC", values, fetchSize,
                FactsValidator.MAX_CONTACTS);
        promises = rows(c, HistoryRows.PROMISES, where, order + ", id DESC", values, fetchSize, Integer.MAX_VALUE);
        arrangements = rows(c, HistoryRows.ARRANGEMENTS, where, order + ", id DESC", values, fetchSize,
                Integer.MAX_VALUE);
        hardships = rows(c, HistoryRows.HARDSHIPS, where, order + ", id DESC", values, fetchSize, Integer.MAX_VALUE);
        disputes = rows(c, HistoryRows.DISPUTES, where, order + ", id DESC", values, fetchSize, Integer.MAX_VALUE);
        complaints = rows(c, HistoryRows.COMPLAINTS, where, order + ", id DESC", values, fetchSize,
                Integer.MAX_VALUE);
        placements = new SortedRows<>(open(c, "SELECT " + HistoryRows.PLACEMENTS.columns() + " FROM "
                + HistoryRows.PLACEMENTS.name() + " p JOIN agency g ON g.id = p.agency_id"
                + range(dialect, "p.account_id", bounds, " WHERE ") + " ORDER BY " + dialect.key("p.account_id")
                + ", p.id DESC", values, fetchSize), HistoryRows.PLACEMENTS.mapper(), 1);
        if (behaviourAsOf == null) {
            positions = null;
            payments = null;
        } else {
            String lead = where.isEmpty() ? " WHERE " : where + " AND ";
            dialect.readInKeyOrder(c, true);
            positions = rows(c, HistoryRows.POSITIONS, lead + Behaviour.positionDays(behaviourAsOf),
                    order + ", business_date", values, fetchSize, Integer.MAX_VALUE);
            payments = rows(c, HistoryRows.PAYMENTS, lead + Behaviour.paymentDays(behaviourAsOf),
                    order + ", paid_at, id", values, fetchSize, Integer.MAX_VALUE);
            dialect.readInKeyOrder(c, false);
        }
        advance();
    }

    private <T> SortedRows<T> rows(Connection c, HistoryRows.Table<T> table, String where, String order,
                                   String[] values, int fetchSize, int limit) throws SQLException {
        return new SortedRows<>(open(c, "SELECT " + table.columns() + " FROM " + table.name() + where + order, values,
                fetchSize), table.mapper(), limit);
    }

    /** The condition on {@code column} for the bounds given (after, up to, checkpoint), after {@code lead}. */
    private static String range(SqlDialect dialect, String column, String[] bounds, String lead) {
        String[] conditions = {column + " > ?", column + " <= ?", dialect.key(column) + " > ?"};
        java.util.StringJoiner where = new java.util.StringJoiner(" AND ", lead, "").setEmptyValue("");
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] != null) {
                where.add(conditions[i]);
            }
        }
        return where.toString();
    }

    /** How many accounts a run over the whole portfolio decides. */
    public static int countDue(Connection c) throws SQLException {
        try (var s = c.prepareStatement("SELECT count(*) FROM account a WHERE " + DUE_FOR_TRIAGE);
             var rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private ResultSet open(Connection c, String sql, String[] bounds, int fetchSize) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statements.add(s);
        dialect.streamInBinary(s);
        s.setFetchSize(fetchSize);
        for (int i = 0; i < bounds.length; i++) {
            s.setString(i + 1, bounds[i]);
        }
        return s.executeQuery();
    }

    private void advance() throws SQLException {
        boolean more = accounts.next();
        nextId = more ? accounts.getString(AccountColumns.KEY) : null;
        next = more ? AccountColumns.read(accounts) : null;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public RecordedAccount next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Events.Snapshot a = next;
        try {
            String id = nextId;
            var history = new AccountHistory(contacts.take(id), promises.take(id), arrangements.take(id),
                    hardships.take(id), disputes.take(id), complaints.take(id), placements.take(id));
            var behaviour = positions == null ? Behaviour.NONE
                    : new Behaviour(positions.take(id), payments.take(id));
            advance();
            return new RecordedAccount(id, a, history, behaviour);
        } catch (SQLException e) {
            throw new IllegalStateException("the record could not be read", e);
        }
    }

    @Override
    public void close() {
        for (PreparedStatement s : statements) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first error is the one that matters
            }
        }
    }
}
