package dev.collections.outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A completed triage run of the outcome tests: started at one in the morning, an M2 CALL work item an account. */
final class CompletedRuns {
    private CompletedRuns() {
    }

    static void insert(Connection c, LocalDate day, ZoneId zone, List<String> accounts) throws SQLException {
        OffsetDateTime started = day.atTime(1, 0).atZone(zone).toOffsetDateTime();
        try (var s = c.prepareStatement("INSERT INTO triage_run (business_date, status, ruleset_version, started_by,"
                + " owner, attempts, started_at, heartbeat_at, total, processed, errors)"
                + " VALUES (?, 'COMPLETED', 'v', 'COMMAND', 'test', 1, ?, ?, 0, 0, 0)")) {
            s.setObject(1, day);
            s.setObject(2, started);
            s.setObject(3, started);
            s.executeUpdate();
        }
        try (var s = c.prepareStatement("INSERT INTO triage_work_item (business_date, account_id, stage, next_action,"
                + " days_past_due, overdue_amount, ruleset_version) VALUES (?, ?, 'M2', 'CALL', 45, 100, 'v')")) {
            for (String account : accounts) {
                s.setObject(1, day);
                s.setString(2, account);
                s.executeUpdate();
            }
        }
        c.commit();
    }
}
