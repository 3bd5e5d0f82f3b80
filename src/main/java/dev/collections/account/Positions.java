package dev.collections.account;

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
    static final String MERGE = "MERGE INTO account_position t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS DATE),"
            + " CAST(? AS INTEGER), CAST(? AS NUMERIC(19, 2)), CAST(? AS NUMERIC(19, 2)), CAST(? AS VARCHAR),"
            + " CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE)))"
            + " AS s(account_id, business_date, days_past_due, overdue_amount, outstanding_balance, stage,"
            + " ruleset_version, recorded_at) ON t.business_date = s.business_date AND t.account_id = s.account_id"
            + " WHEN MATCHED THEN UPDATE SET days_past_due = s.days_past_due, overdue_amount = s.overdue_amount,"
            + " outstanding_balance = s.outstanding_balance, stage = s.stage, ruleset_version = s.ruleset_version,"
            + " recorded_at = s.recorded_at"
            + " WHEN NOT MATCHED THEN INSERT (account_id, business_date, days_past_due, overdue_amount,"
            + " outstanding_balance, stage, ruleset_version, recorded_at) VALUES (s.account_id, s.business_date,"
            + " s.days_past_due, s.overdue_amount, s.outstanding_balance, s.stage, s.ruleset_version, s.recorded_at)";

    private final PreparedStatement merge;
    private final StageTable stages;
    private final LocalDate businessDate;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    /** Positions of {@code businessDate}, written in batches on {@code c} (the caller commits). */
    public Positions(Connection c, StageTable stages, LocalDate businessDate) throws SQLException {
        this.merge = c.prepareStatement(MERGE);
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

    public void add(String accountId, int daysPastDue, BigDecimal overdue, BigDecimal balance) throws SQLException {
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
        merge.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        merge.close();
    }
}
