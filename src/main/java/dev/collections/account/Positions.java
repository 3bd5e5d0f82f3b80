package dev.collections.account;

import dev.collections.common.CopyText;
import dev.collections.rules.StageTable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Each account's position on a business date (days past due, overdue amount, balance, stage) in the position
 * history: what the roll-rate report and the outcomes of decisions are computed from. The stage is the rule set's
 * ({@link StageTable}). One position per account and date: a second one for the same date replaces the first.
 */
public final class Positions implements AutoCloseable {
    private static final String COLUMNS = "account_id, business_date, days_past_due, overdue_amount,"
            + " outstanding_balance, stage, ruleset_version, recorded_at";
    static final String MERGE = merge("(VALUES (CAST(? AS VARCHAR), CAST(? AS DATE), CAST(? AS INTEGER),"
            + " CAST(? AS NUMERIC(19, 2)), CAST(? AS NUMERIC(19, 2)), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE)))");
    /** PostgreSQL's import: the positions COPYed into a temporary table, the last of each account merged. */
    private static final String STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS import_position"
            + " (seq_ BIGINT GENERATED ALWAYS AS IDENTITY, account_id VARCHAR, business_date DATE,"
            + " days_past_due INTEGER, overdue_amount NUMERIC(19, 2), outstanding_balance NUMERIC(19, 2),"
            + " stage VARCHAR, ruleset_version VARCHAR, recorded_at TIMESTAMP WITH TIME ZONE)";
    private static final String MERGE_STAGED = merge("(SELECT DISTINCT ON (account_id) " + COLUMNS
            + " FROM import_position ORDER BY account_id, seq_ DESC)");

    private static String merge(String source) {
        return "MERGE INTO account_position t USING " + source + " AS s(" + COLUMNS + ")"
                + " ON t.business_date = s.business_date AND t.account_id = s.account_id"
                + " WHEN MATCHED THEN UPDATE SET days_past_due = s.days_past_due, overdue_amount = s.overdue_amount,"
                + " outstanding_balance = s.outstanding_balance, stage = s.stage, ruleset_version = s.ruleset_version,"
                + " recorded_at = s.recorded_at"
                + " WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES (s.account_id, s.business_date,"
                + " s.days_past_due, s.overdue_amount, s.outstanding_balance, s.stage, s.ruleset_version, s.recorded_at)";
    }

    private final Connection c;
    private final PreparedStatement merge;
    private final CopyText staged;
    private final StageTable stages;
    private final LocalDate businessDate;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    /** Positions of {@code businessDate}, written in batches on {@code c} (the caller commits). */
    public Positions(Connection c, StageTable stages, LocalDate businessDate) throws SQLException {
        this(c, stages, businessDate, false);
    }

    /**
     * {@code copy}: PostgreSQL's bulk way, for an import: each batch is COPYed into a temporary table and
     * {@link #finish()} merges them all; else each position is a merge of its own, sent in batches.
     */
    public Positions(Connection c, StageTable stages, LocalDate businessDate, boolean copy) throws SQLException {
        this.c = c;
        this.merge = copy ? null : c.prepareStatement(MERGE);
        this.staged = copy ? new CopyText(1_000, 90) : null;
        if (copy) {
            execute(STAGING);
            execute("TRUNCATE import_position RESTART IDENTITY");
        }
        this.stages = stages;
        this.businessDate = businessDate;
    }

    /** Removes every position of a date: an import of that date replaces them all. */
    public static int forget(Connection c, LocalDate businessDate) throws SQLException {
        try (var s = c.prepareStatement("DELETE FROM account_position WHERE business_date = ?")) {
            s.setObject(1, businessDate);
            return s.executeUpdate();
        }
    }

    /** How many accounts have a position on {@code businessDate}. */
    public static int count(Connection c, LocalDate businessDate) throws SQLException {
        try (var s = c.prepareStatement("SELECT COUNT(*) FROM account_position WHERE business_date = ?")) {
            s.setObject(1, businessDate);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The latest date before {@code businessDate} with positions, if any. */
    public static java.util.Optional<LocalDate> latestBefore(Connection c, LocalDate businessDate) throws SQLException {
        try (var s = c.prepareStatement("SELECT MAX(business_date) FROM account_position WHERE business_date < ?")) {
            s.setObject(1, businessDate);
            try (var rs = s.executeQuery()) {
                rs.next();
                return java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class));
            }
        }
    }

    public void add(String accountId, int daysPastDue, BigDecimal overdue, BigDecimal balance) throws SQLException {
        if (staged != null) {
            staged.cell(accountId).cell(businessDate).cell(daysPastDue).cell(overdue).cell(balance)
                    .cell(stages.stage(daysPastDue).label()).cell(stages.version()).cell(now).endRow();
            return;
        }
        merge.setString(1, accountId);
        merge.setObject(2, businessDate);
        merge.setInt(3, daysPastDue);
        merge.setBigDecimal(4, overdue);
        merge.setBigDecimal(5, balance);
        merge.setString(6, stages.stage(daysPastDue).label());
        merge.setString(7, stages.version());
        merge.setObject(8, now);
        merge.addBatch();
    }

    public void flush() throws SQLException {
        if (staged != null) {
            staged.copyInto(c, "import_position (" + COLUMNS + ")");
        } else {
            merge.executeBatch();
        }
    }

    /** After the last batch: with {@code copy}, merges the staged positions (the caller commits). */
    public void finish() throws SQLException {
        if (staged != null) {
            flush();
            execute(MERGE_STAGED);
            execute("TRUNCATE import_position RESTART IDENTITY");
        }
    }

    private void execute(String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        if (merge != null) {
            merge.close();
        }
    }
}
