package dev.collections.bench;

import dev.collections.common.CommandConfig;
import dev.collections.common.CommandLogging;
import dev.collections.common.Database;
import dev.collections.outcome.OutcomeParts;
import dev.collections.outcome.Outcomes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the outcome step after a night costs once the record holds many nights (issue 29, item 7: on a database with
 * 30 completed nights it must stay as cheap as on the first). On the imported portfolio (its extract's date P): a
 * completed run a day for {@code nights} days after P, each with a work item for every account (stage, next step and
 * amounts from the extract), then {@link Outcomes#compute} timed as the service runs it after a night, on nights
 * whose extract (every account's position, recorded that morning) reaches (the windows hold what the portfolio's
 * month before P holds, moved 40 and 60 days on: contacts, promises, complaints, and a payment from about half the
 * accounts twice; none with the argument {@code quiet}):
 * <ol>
 *   <li><b>the first</b>: the first run's 30-day horizon: its outcomes come due, nothing is stored yet;</li>
 *   <li>(not timed as a night) the 29th run's: the runs between come due together, as they would have night by
 *       night;</li>
 *   <li><b>the 30th</b>: the last run's: its outcomes come due, those of the 29 before are stored;</li>
 *   <li><b>the one after</b>: the first run's 60-day horizon comes due, the 30 runs' 30-day outcomes are
 *       stored.</li>
 * </ol>
 * Wall seconds, and the CPU seconds of this process and of PostgreSQL's (read from /proc, as ScoreBench does). The
 * runs, work items, outcomes, positions after P and the activity added are deleted first: run it on a database of
 * its own.
 */
public final class OutcomesBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<Integer> HORIZONS = List.of(30, 60, 90);

    public static void main(String[] args) throws Exception {
        CommandLogging.quiet();
        DataSource db = CommandConfig.load().database(args[0]);
        int nights = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        // "quiet": no contacts, promises, complaints or payments in the windows (the first runs of 2026-12-07)
        boolean quiet = args.length > 2 && args[2].equals("quiet");
        try (Connection c = Database.open(db)) {
            c.setAutoCommit(true);
            LocalDate extract = extractDate(c);
            clean(c, extract);
            long t0 = System.nanoTime();
            for (int k = 1; k <= nights; k++) {
                run(c, extract, extract.plusDays(k));
            }
            if (!quiet) {
                activity(c, extract);
            }
            analyze(c);
            System.out.printf("%d completed runs of %,d work items each (runs %s to %s) written in %.1f s%n", nights,
                    count(c, extract.plusDays(1)), extract.plusDays(1), extract.plusDays(nights),
                    (System.nanoTime() - t0) / 1e9);
            c.setAutoCommit(false);
            night(c, parts(db), extract, extract.plusDays(1 + 30), "the first (run 1 comes due, nothing stored)");
            if (nights > 2) {
                night(c, parts(db), extract, extract.plusDays(nights - 1 + 30), "catching up (runs 2 to "
                        + (nights - 1) + " come due together; not a night)");
            }
            night(c, parts(db), extract, extract.plusDays(nights + 30), "the " + nights + "th (run " + nights
                    + " comes due, " + (nights - 1) + " runs' outcomes stored)");
            night(c, parts(db), extract, extract.plusDays(1 + 60), "the one after (run 1's 60-day horizon comes"
                    + " due, " + nights + " runs' 30-day outcomes stored)");
        }
    }

    /**
     * The parts the step is computed in: OUTCOME_SESSIONS of the environment, or as many as the service's default
     * (its triage workers: the machine's cores); 1 is one statement on the step's own connection, as before.
     */
    private static OutcomeParts parts(DataSource db) {
        String set = System.getenv("OUTCOME_SESSIONS");
        int sessions = set == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(set);
        System.out.printf("the outcome step in %d session(s)%n", sessions);
        return sessions == 1 ? OutcomeParts.ONE : new OutcomeParts(db, sessions);
    }

    /** The night whose extract is dated {@code date}: its positions recorded, then the outcome step timed. */
    private static void night(Connection c, OutcomeParts parts, LocalDate extract, LocalDate date, String what)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO account_position (account_id, business_date,"
                + " days_past_due, overdue_amount, outstanding_balance, stage, ruleset_version, recorded_at)"
                + " SELECT account_id, ?, days_past_due, overdue_amount, outstanding_balance, stage,"
                + " 'bench-outcomes', ?"
                + " FROM account_position WHERE business_date = ?")) {
            s.setObject(1, date);
            s.setObject(2, date.atTime(0, 30).atZone(ZONE).toOffsetDateTime());
            s.setObject(3, extract);
            s.executeUpdate();
        }
        c.commit();
        long wall = System.nanoTime();
        long cpu = ScoreBench.cpu();
        long dbCpu = ScoreBench.databaseCpu();
        int added = Outcomes.compute(c, parts, HORIZONS, ZONE);
        System.out.printf("night of %s, %s: %,d outcomes added in %.2f s wall, %.2f s CPU, database %.2f s CPU%n",
                date, what, added, (System.nanoTime() - wall) / 1e9, (ScoreBench.cpu() - cpu) / 1e9,
                (ScoreBench.databaseCpu() - dbCpu) / 100.0);
    }

    /** A completed run on {@code date} that started at one in the morning, a work item for every account. */
    private static void run(Connection c, LocalDate extract, LocalDate date) throws SQLException {
        OffsetDateTime started = date.atTime(1, 0).atZone(ZONE).toOffsetDateTime();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO triage_run (business_date, status, ruleset_version,"
                + " started_by, owner, attempts, started_at, heartbeat_at, finished_at, total, processed, errors)"
                + " VALUES (?, 'COMPLETED', 'bench-outcomes', 'SCHEDULE', 'bench', 1, ?, ?, ?, 0, 0, 0)")) {
            s.setObject(1, date);
            s.setObject(2, started);
            s.setObject(3, started.plusMinutes(2));
            s.setObject(4, started.plusMinutes(2));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO triage_work_item (business_date, account_id, stage,"
                + " next_action, days_past_due, overdue_amount, outstanding_balance, ruleset_version)"
                + " SELECT ?, account_id, stage, CASE stage WHEN 'M0' THEN 'NONE' WHEN 'M1' THEN 'SMS' WHEN 'M2' THEN"
                + " 'CALL' WHEN 'M3' THEN 'HOME_VISIT' ELSE 'LEGAL_ACTION' END, days_past_due, overdue_amount,"
                + " outstanding_balance, 'bench-outcomes' FROM account_position WHERE business_date = ?")) {
            s.setObject(1, date);
            s.setObject(2, extract);
            s.executeUpdate();
        }
    }

    /** What the accounts do in the windows: the month before the extract again, 40 and 60 days on. */
    private static void activity(Connection c, LocalDate extract) throws SQLException {
        try (var s = c.createStatement()) {
            for (int days : new int[] {40, 60}) {
                String on = " + INTERVAL '" + days + " days'";
                String ref = "'bench-outcomes-" + days + "'";
                s.executeUpdate("INSERT INTO contact_attempt (account_id, channel, outcome, contacted_at, external_ref,"
                        + " recorded_at) SELECT account_id, channel, outcome, contacted_at" + on + ", " + ref + ","
                        + " recorded_at" + on + " FROM contact_attempt WHERE external_ref IS NULL"
                        + " OR external_ref NOT LIKE 'bench-outcomes%'");
                s.executeUpdate("INSERT INTO promise_to_pay (account_id, amount, due_date, status, created_at,"
                        + " updated_at, external_ref) SELECT account_id, amount, due_date + " + days + ", status,"
                        + " created_at" + on + ", updated_at" + on + ", " + ref + " || '-' || id FROM promise_to_pay"
                        + " WHERE external_ref IS NULL OR external_ref NOT LIKE 'bench-outcomes%'");
                s.executeUpdate("INSERT INTO complaint (account_id, status, via_regulator, opened_on, closed_on,"
                        + " created_at, updated_at, external_ref) SELECT account_id, status, via_regulator,"
                        + " opened_on + " + days + ", closed_on + " + days + ", created_at" + on + ", updated_at" + on
                        + ", " + ref + " || '-' || id FROM complaint"
                        + " WHERE external_ref IS NULL OR external_ref NOT LIKE 'bench-outcomes%'");
                s.executeUpdate("INSERT INTO payment (account_id, amount, paid_at, channel, external_ref, recorded_at)"
                        + " SELECT account_id, 100 + MOD(LENGTH(account_id) * 37, 900), TIMESTAMP WITH TIME ZONE '"
                        + extract.plusDays(days - 20) + " 12:00:00+08', 'BANK_TRANSFER', " + ref + ", CURRENT_TIMESTAMP"
                        + " FROM account WHERE MOD(ASCII(RIGHT(account_id, 1)) + " + days + ", 2) = 0");
            }
        }
    }

    private static LocalDate extractDate(Connection c) throws SQLException {
        try (var s = c.prepareStatement("SELECT MAX(business_date) FROM account_position"
                + " WHERE ruleset_version NOT IN ('bench-outcomes', 'score-bench')"); var rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        }
    }

    private static int count(Connection c, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement("SELECT COUNT(*) FROM triage_work_item WHERE business_date = ?")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** What an earlier run of this benchmark left: every run, outcome and position after the extract. */
    private static void clean(Connection c, LocalDate extract) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("TRUNCATE decision_outcome");
            if (c.getMetaData().getTables(null, null, "outcome_window", null).next()) {
                s.execute("TRUNCATE outcome_window");
            }
            s.execute("TRUNCATE triage_run, triage_work_item, triage_assignment CASCADE");
            s.execute("DELETE FROM account_position WHERE business_date > DATE '" + extract + "'");
            for (String table : List.of("contact_attempt", "promise_to_pay", "complaint", "payment")) {
                s.execute("DELETE FROM " + table + " WHERE external_ref LIKE 'bench-outcomes%'");
                s.execute("VACUUM ANALYZE " + table);
            }
            s.execute("VACUUM account_position");
        }
    }

    private static void analyze(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("VACUUM ANALYZE triage_work_item");
            s.execute("ANALYZE triage_run");
            s.execute("ANALYZE account_position");
            s.execute("ANALYZE contact_attempt");
            s.execute("ANALYZE payment");
        }
    }
}
