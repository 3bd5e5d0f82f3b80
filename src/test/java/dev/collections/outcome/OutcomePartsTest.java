package dev.collections.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run's outcomes computed in parts, each a range of its account ids in a session of its own, are those one
 * statement computes: every work item in exactly one part (none missing at a cut, none twice), whatever the number
 * of sessions, more sessions than work items included. The run's day is years back and its own, so that the other
 * tests' runs do not meet it.
 */
@QuarkusTest
class OutcomePartsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<Integer> HORIZONS = List.of(30, 60, 90);
    private static final LocalDate DAY = LocalDate.of(2019, 9, 1);
    /** Where each account stood ten days after the run (null: it left the extracts), so the results differ. */
    private static final String[] AFTER = {"M0", "M3", "M2", null, "M1", "M0", "M4", "M2", null, "M0", "M3"};

    @Inject
    AgroalDataSource database;

    @Test
    void aRunsOutcomesInPartsAreThoseOfOneStatement() throws Exception {
        try (Connection c = connection()) {
            List<String> accounts = new ArrayList<>();
            for (int i = 0; i < AFTER.length; i++) {
                accounts.add("OP-" + (char) ('a' + i) + i);
            }
            run(c, accounts);
            positions(c, accounts);
            Outcomes.compute(c, HORIZONS, ZONE);
            List<String> once = outcomes(c);
            assertEquals(33, once.size(), "eleven accounts at three horizons, in one statement");
            assertEquals(6, once.stream().filter(o -> o.endsWith("GONE CALL")).count(),
                    "two accounts gone, at each horizon");
            for (int sessions : new int[] {2, 3, 4, 11, 20}) {
                forget(c);
                OutcomeParts parts = new OutcomeParts(database, sessions);
                assertEquals(Math.min(sessions, accounts.size()) - 1, parts.cuts(c, DAY).size(),
                        sessions + " sessions: as many parts, at most one an account");
                Outcomes.compute(c, parts, HORIZONS, ZONE);
                assertEquals(once, outcomes(c), sessions + " sessions");
                assertEquals(11, window(c, 30), sessions + " sessions: the window remembered with every outcome");
            }
            assertEquals(OutcomeParts.AT_MOST - 1, OutcomeParts.forWorkers(database, 48).cuts(c, DAY).size(),
                    "a night's parts are one a worker, at most eight: the connection pool serves requests too");
        }
    }

    private Connection connection() throws SQLException {
        Connection c = database.getConnection();
        c.setSchema("collections");
        c.setAutoCommit(false);
        return c;
    }

    private static void run(Connection c, List<String> accounts) throws SQLException {
        CompletedRuns.insert(c, DAY, ZONE, accounts);
    }

    /** Each account's stage ten days on (recorded now, after the run), and one account's past every horizon. */
    private static void positions(Connection c, List<String> accounts) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO account_position (account_id, business_date, days_past_due,"
                + " overdue_amount, outstanding_balance, stage, ruleset_version, recorded_at)"
                + " VALUES (?, ?, 0, 0, 500, ?, 'v', CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < accounts.size(); i++) {
                if (AFTER[i] != null) {
                    s.setString(1, accounts.get(i));
                    s.setObject(2, DAY.plusDays(10));
                    s.setString(3, AFTER[i]);
                    s.executeUpdate();
                }
            }
            s.setString(1, accounts.get(0));
            s.setObject(2, DAY.plusDays(100));
            s.setString(3, "M0");
            s.executeUpdate();
        }
        c.commit();
    }

    /** The run's outcomes as the rows say them, in account and horizon order. */
    private static List<String> outcomes(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT account_id, horizon_days, stage, stage_after, result, next_action"
                + " FROM decision_outcome WHERE decision_key = ? ORDER BY account_id, horizon_days")) {
            s.setString(1, "TRIAGE:" + DAY);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4)
                            + " " + rs.getString(5) + " " + rs.getString(6));
                }
            }
        }
        return rows;
    }

    /** The run's outcomes and windows taken away, as before they were computed. */
    private static void forget(Connection c) throws SQLException {
        try (var s = c.prepareStatement("DELETE FROM decision_outcome WHERE decision_key = ?")) {
            s.setString(1, "TRIAGE:" + DAY);
            s.executeUpdate();
        }
        try (var s = c.prepareStatement("DELETE FROM outcome_window WHERE source = 'TRIAGE' AND decided_on = ?")) {
            s.setObject(1, DAY);
            s.executeUpdate();
        }
        c.commit();
    }

    private static int window(Connection c, int horizon) throws SQLException {
        try (var s = c.prepareStatement("SELECT outcomes FROM outcome_window WHERE source = 'TRIAGE'"
                + " AND decided_on = ? AND horizon_days = ?")) {
            s.setObject(1, DAY);
            s.setInt(2, horizon);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }
}
