package dev.collections.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outcome step remembers each window it computed (a run's work items, a day's recorded decisions, at one
 * horizon) and does not look at it again on later nights: an outcome missing from a computed window stays missing,
 * where the step used to find every decision's stored outcome again after every night. Windows computed before the
 * step remembered them (outcomes stored, no window listed) are checked once, gain no second outcome, and are listed.
 * Each test has days of its own, years back, so that the other tests' runs and decisions do not meet them.
 */
@QuarkusTest
class OutcomeWindowsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<Integer> HORIZONS = List.of(30, 60, 90);

    @Inject
    AgroalDataSource database;

    @Test
    void aRunsWindowsAreComputedOnceAndNotLookedAtAgain() throws Exception {
        LocalDate day = LocalDate.of(2019, 3, 1);
        try (Connection c = connection()) {
            run(c, day, "OW-RUN-1", "OW-RUN-2", "OW-RUN-3");
            positions(c, day.plusDays(10), "OW-RUN-1", "OW-RUN-2", "OW-RUN-3");
            positions(c, day.plusDays(100), "OW-RUN-1", "OW-RUN-2", "OW-RUN-3");
            Outcomes.compute(c, HORIZONS, ZONE);
            assertEquals(9, stored(c, "TRIAGE:" + day), "three accounts at three horizons");
            assertEquals(3, window(c, "TRIAGE", day, 30), "the 30-day window, with its three outcomes");
            assertEquals(3, window(c, "TRIAGE", day, 90));

            delete(c, "TRIAGE:" + day, "OW-RUN-2");
            positions(c, day.plusDays(101), "OW-RUN-1");
            Outcomes.compute(c, HORIZONS, ZONE);
            assertEquals(6, stored(c, "TRIAGE:" + day), "a computed window is not computed again");
        }
    }

    @Test
    void aDaysRecordedDecisionsAreComputedOnceAndNotLookedAtAgain() throws Exception {
        LocalDate day = LocalDate.of(2019, 5, 1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (Connection c = connection()) {
            decision(c, first, "OW-REQ-1", day);
            decision(c, second, "OW-REQ-2", day);
            positions(c, day.plusDays(5), "OW-REQ-1", "OW-REQ-2");
            positions(c, day.plusDays(100), "OW-REQ-1", "OW-REQ-2");
            Outcomes.compute(c, HORIZONS, ZONE);
            assertEquals(3, stored(c, first.toString()));
            assertEquals(2, window(c, "RECORDED", day, 60), "the day's two decisions at 60 days");

            delete(c, second.toString(), "OW-REQ-2");
            Outcomes.compute(c, HORIZONS, ZONE);
            assertEquals(0, stored(c, second.toString()), "a computed day is not computed again");
        }
    }

    @Test
    void aRunComputedBeforeWindowsWereRememberedIsCheckedOnceWithoutASecondOutcome() throws Exception {
        LocalDate day = LocalDate.of(2019, 7, 1);
        try (Connection c = connection()) {
            run(c, day, "OW-OLD-1", "OW-OLD-2");
            positions(c, day.plusDays(3), "OW-OLD-1", "OW-OLD-2");
            positions(c, day.plusDays(100), "OW-OLD-1", "OW-OLD-2");
            Outcomes.compute(c, HORIZONS, ZONE);
            try (var s = c.prepareStatement("DELETE FROM outcome_window WHERE decided_on = ?")) {
                s.setObject(1, day); // as a database migrated from before V23 holds them
                s.executeUpdate();
            }
            delete(c, "TRIAGE:" + day, "OW-OLD-2");
            Outcomes.compute(c, HORIZONS, ZONE);
            assertEquals(6, stored(c, "TRIAGE:" + day), "the missing outcomes found, none twice");
            assertEquals(1, window(c, "TRIAGE", day, 30), "listed, with the one outcome this step stored");
        }
    }

    private Connection connection() throws SQLException {
        Connection c = database.getConnection();
        c.setSchema("collections");
        c.setAutoCommit(false);
        return c;
    }

    private static void run(Connection c, LocalDate day, String... accounts) throws SQLException {
        CompletedRuns.insert(c, day, ZONE, List.of(accounts));
    }

    private static void decision(Connection c, UUID id, String account, LocalDate day) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO decision (assessment_id, account_id, assessed_at, ruleset_version,"
                + " stage, next_action, source, facts, response) VALUES (?, ?, ?, 'v', 'M1', 'SMS', 'REQUEST', '{}',"
                + " '{}')")) {
            s.setObject(1, id);
            s.setString(2, account);
            s.setObject(3, day.atTime(10, 0).atZone(ZONE).toOffsetDateTime());
            s.executeUpdate();
        }
        c.commit();
    }

    /**
     * Each account's position on {@code date}, cured, recorded now (after the decisions): one within every horizon,
     * one past the longest (the record has reached it).
     */
    private static void positions(Connection c, LocalDate date, String... accounts) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO account_position (account_id, business_date, days_past_due,"
                + " overdue_amount, outstanding_balance, stage, ruleset_version, recorded_at)"
                + " VALUES (?, ?, 0, 0, 500, 'M0', 'v', CURRENT_TIMESTAMP)")) {
            for (String account : accounts) {
                s.setString(1, account);
                s.setObject(2, date);
                s.executeUpdate();
            }
        }
        c.commit();
    }

    private static void delete(Connection c, String key, String account) throws SQLException {
        try (var s = c.prepareStatement("DELETE FROM decision_outcome WHERE decision_key = ? AND account_id = ?")) {
            s.setString(1, key);
            s.setString(2, account);
            s.executeUpdate();
        }
        c.commit();
    }

    private static int stored(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM decision_outcome WHERE decision_key = ?")) {
            s.setString(1, key);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The outcomes a remembered window gave, or -1 when it is not remembered. */
    private static int window(Connection c, String source, LocalDate day, int horizon) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT outcomes FROM outcome_window WHERE source = ?"
                + " AND decided_on = ? AND horizon_days = ?")) {
            s.setString(1, source);
            s.setObject(2, day);
            s.setInt(3, horizon);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }
}
