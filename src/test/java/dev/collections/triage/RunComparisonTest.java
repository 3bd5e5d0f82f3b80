package dev.collections.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.common.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two nights compared account by account (the tool behind {@code compare-runs}): the same decisions are the same,
 * a changed rung, a changed reason and a step-down are each reported with both values, and an account decided in
 * one night only is counted.
 */
class RunComparisonTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 23);

    private static Connection night(String name) throws SQLException {
        Connection c = Database.open(Database.forCommand("jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", ""));
        try (var s = c.createStatement()) {
            s.execute("INSERT INTO triage_run (business_date, status, ruleset_version, started_by, owner, attempts,"
                    + " started_at, heartbeat_at, total, processed, errors) VALUES (DATE '2026-11-23', 'COMPLETED',"
                    + " 'v1', 'COMMAND', 'test', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 3, 0)");
        }
        return c;
    }

    private static void item(Connection c, String account, String action, String reason) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO triage_work_item (business_date, account_id, stage, next_action,"
                + " not_before, days_past_due, overdue_amount, reason, ruleset_version, priority) VALUES (?, ?, 'M2',"
                + " ?, TIMESTAMP WITH TIME ZONE '2026-11-23 09:00:00+08:00', 20, 100, ?, 'v1', 12.50)")) {
            s.setObject(1, NIGHT);
            s.setString(2, account);
            s.setString(3, action);
            s.setString(4, reason);
            s.executeUpdate();
        }
    }

    @Test
    void theSameNightIsTheSameAndEachDifferenceIsNamed() throws SQLException {
        try (Connection a = night("compareA"); Connection b = night("compareB")) {
            for (Connection c : List.of(a, b)) {
                item(c, "CC-1", "CALL", "early arrears");
                item(c, "CC-2", "SMS", "grace");
            }
            assertTrue(RunComparison.compare(a, NIGHT, b, NIGHT, 10).same(), "a night compared with its copy");

            try (var s = b.createStatement()) {
                s.executeUpdate("UPDATE triage_work_item SET next_action = 'HOME_VISIT', reason = 'refused'"
                        + " WHERE account_id = 'CC-1'");
                s.executeUpdate("INSERT INTO triage_assignment (business_date, account_id, next_action, fallback,"
                        + " capacity_denied) VALUES (DATE '2026-11-23', 'CC-2', 'NONE', 0, 'SMS')");
            }
            item(b, "CC-3", "CALL", "new");
            var result = RunComparison.compare(a, NIGHT, b, NIGHT, 10);
            assertFalse(result.same());
            assertEquals(2, result.differing());
            assertEquals(1, result.onlyRight());
            assertEquals(Map.of("next_action", 1, "reason", 1, "stepped_down_to", 1), result.byField());
            assertEquals("CALL", result.first().get(0).fields().get("next_action")[0]);
            assertEquals("HOME_VISIT", result.first().get(0).fields().get("next_action")[1]);
        }
    }
}
