package dev.collections.triage;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Appends a chunk's work items: PostgreSQL's COPY on PostgreSQL (the fastest way in), a JDBC batch on H2. The
 * caller's transaction also moves the run's checkpoint, so a chunk is either written and counted or not at all.
 */
final class WorkItemWriter {
    private static final String COLUMNS = "business_date, account_id, stage, next_action, not_before, days_past_due,"
            + " overdue_amount, reason, holds, offers, tasks, credit_report, ruleset_version, error, priority, region,"
            + " fallback1, fallback1_at, fallback2, fallback2_at, fallback3, fallback3_at, outstanding_balance, experiment_id, arm,"
            + " fired_rules";

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
        StringBuilder csv = new StringBuilder(items.size() * 160);
        for (WorkItem w : items) {
            csv.append(date);
            cell(csv, w.accountId());
            cell(csv, w.stage());
            cell(csv, w.nextAction() == null ? null : w.nextAction().name());
            cell(csv, w.notBefore() == null ? null : w.notBefore().toString());
            cell(csv, Integer.toString(w.daysPastDue()));
            cell(csv, w.overdueAmount().toPlainString());
            cell(csv, w.reason());
            cell(csv, w.holds());
            cell(csv, w.offers());
            cell(csv, w.tasks());
            cell(csv, w.creditReport());
            cell(csv, w.rulesetVersion());
            cell(csv, w.error());
            cell(csv, w.priority() == null ? null : w.priority().toPlainString());
            cell(csv, w.region());
            for (int i = 0; i < FALLBACKS; i++) {
                var step = w.fallback(i);
                cell(csv, step == null ? null : step.type().name());
                cell(csv, step == null ? null : step.notBefore().toString());
            }
            cell(csv, w.outstandingBalance() == null ? null : w.outstandingBalance().toPlainString());
            cell(csv, w.strategy() == null ? null : Long.toString(w.strategy().experiment()));
            cell(csv, w.strategy() == null ? null : w.strategy().arm().name());
            cell(csv, w.firedRules());
            csv.append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY triage_work_item (" + COLUMNS
                    + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of work items failed", e);
        }
    }

    /** A CSV cell for COPY: unquoted empty is NULL, anything else is quoted with quotes doubled. */
    private static void cell(StringBuilder csv, String value) {
        csv.append(',');
        if (value != null) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }

    private void batch(Connection c, LocalDate date, List<WorkItem> items) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO triage_work_item (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
