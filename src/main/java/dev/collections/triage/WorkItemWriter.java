package dev.collections.triage;

import dev.collections.common.CopyText;
import dev.collections.common.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * Appends a chunk's work items: PostgreSQL's COPY on PostgreSQL (the fastest way in), a JDBC batch on H2. The
 * caller's transaction also moves the run's checkpoint, so a chunk is either written and counted or not at all.
 */
final class WorkItemWriter {
    private static final String COLUMNS = "business_date, account_id, stage, next_action, not_before, days_past_due,"
            + " overdue_amount, reason, holds, offers, tasks, credit_report, ruleset_version, error, priority, region,"
            + " fallback1, fallback1_at, fallback2, fallback2_at, fallback3, fallback3_at, outstanding_balance, experiment_id, arm,"
            + " fired_rules, agency";

    /** The rungs below the decided one a work item keeps (the ladder has four rungs above NONE). */
    static final int FALLBACKS = 3;

    private final SqlDialect dialect;

    WorkItemWriter(SqlDialect dialect) {
        this.dialect = dialect;
    }

    void write(Connection c, LocalDate date, List<WorkItem> items) throws SQLException {
        if (dialect == SqlDialect.POSTGRESQL) {
            copy(c, date, items);
        } else {
            batch(c, date, items);
        }
    }

    private void copy(Connection c, LocalDate date, List<WorkItem> items) throws SQLException {
        CopyText csv = new CopyText(items.size(), 160);
        for (WorkItem w : items) {
            csv.cell(date);
            csv.cell(w.accountId());
            csv.cell(w.stage());
            csv.cell(w.nextAction() == null ? null : w.nextAction().name());
            csv.cell(w.notBefore() == null ? null : w.notBefore().toString());
            csv.cell(Integer.toString(w.daysPastDue()));
            csv.cell(w.overdueAmount().toPlainString());
            csv.cell(w.reason());
            csv.cell(w.holds());
            csv.cell(w.offers());
            csv.cell(w.tasks());
            csv.cell(w.creditReport());
            csv.cell(w.rulesetVersion());
            csv.cell(w.error());
            csv.cell(w.priority() == null ? null : w.priority().toPlainString());
            csv.cell(w.region());
            for (int i = 0; i < FALLBACKS; i++) {
                var step = w.fallback(i);
                csv.cell(step == null ? null : step.type().name());
                csv.cell(step == null ? null : step.notBefore().toString());
            }
            csv.cell(w.outstandingBalance() == null ? null : w.outstandingBalance().toPlainString());
            csv.cell(w.strategy() == null ? null : Long.toString(w.strategy().experiment()));
            csv.cell(w.strategy() == null ? null : w.strategy().arm().name());
            csv.cell(w.firedRules());
            csv.cell(w.agency());
            csv.endRow();
        }
        csv.copyInto(c, "triage_work_item (" + COLUMNS + ")");
    }

    private void batch(Connection c, LocalDate date, List<WorkItem> items) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO triage_work_item (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (WorkItem w : items) {
                s.setObject(1, date);
                s.setString(2, w.accountId());
                s.setString(3, w.stage());
                s.setString(4, w.nextAction() == null ? null : w.nextAction().name());
                s.setObject(5, w.notBefore(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setInt(6, w.daysPastDue());
                s.setBigDecimal(7, w.overdueAmount());
                s.setString(8, w.reason());
                s.setString(9, w.holds());
                s.setString(10, w.offers());
                s.setString(11, w.tasks());
                s.setString(12, w.creditReport());
                s.setString(13, w.rulesetVersion());
                s.setString(14, w.error());
                s.setBigDecimal(15, w.priority());
                s.setString(16, w.region());
                for (int i = 0; i < FALLBACKS; i++) {
                    var step = w.fallback(i);
                    s.setString(17 + 2 * i, step == null ? null : step.type().name());
                    s.setObject(18 + 2 * i, step == null ? null : step.notBefore(), Types.TIMESTAMP_WITH_TIMEZONE);
                }
                s.setBigDecimal(23, w.outstandingBalance());
                s.setObject(24, w.strategy() == null ? null : w.strategy().experiment(), Types.BIGINT);
                s.setString(25, w.strategy() == null ? null : w.strategy().arm().name());
                s.setString(26, w.firedRules());
                s.setString(27, w.agency());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
