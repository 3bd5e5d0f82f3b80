package dev.collections.outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * What followed each decision, at each horizon (30, 60 and 90 days by default): the stage the account reached by
 * then (its latest position in the window) against the stage it was decided in: CURED (reached M0 from arrears),
 * ROLLED_FORWARD (a later stage), ROLLED_BACK (an earlier one, not M0), STAYED, or GONE (no position in the window:
 * the account left the extracts); the amount paid in the window, the promises made in it and how many were kept,
 * the complaints opened, the contacts made. The window of a decision made on day D at horizon h is D to D+h,
 * both included, in the configured zone. An outcome is computed once positions of D+h or later have been recorded
 * after the decision (an extract or a snapshot of that date arrived), set-based in the database, and stored:
 * triage work items (key {@code TRIAGE:<date>}) and recorded decisions (their assessment id) alike. Each window
 * computed (a run's work items, or a day's recorded decisions, at one horizon) is remembered in {@link OutcomeWindows}
 * once its outcomes are stored (a day's in the same transaction, a run's after its {@link OutcomeParts} committed)
 * and not looked at again: the step after the thirtieth night costs what it did after the first (bench/README.md,
 * "The outcome step").
 */
public final class Outcomes {
    private static final Logger LOG = Logger.getLogger(Outcomes.class);
    private static final String ORDER = "CASE %s WHEN 'M0' THEN 0 WHEN 'M1' THEN 1 WHEN 'M2' THEN 2 WHEN 'M3' THEN 3"
            + " ELSE 4 END";
    private static final String INSERT = "INSERT INTO decision_outcome (decision_key, account_id, horizon_days, source,"
            + " decided_on, stage, next_action, stage_after, result, amount_paid, promises_made, promises_kept,"
            + " complaints, contacts, computed_at)"
            + " SELECT x.decision_key, x.account_id, ?, x.source, ?, x.stage, x.next_action, x.stage_after,"
            + " CASE WHEN x.stage_after IS NULL THEN 'GONE'"
            + " WHEN x.stage_after = 'M0' AND x.stage <> 'M0' THEN 'CURED'"
            + " WHEN " + ORDER.formatted("x.stage_after") + " > " + ORDER.formatted("x.stage") + " THEN 'ROLLED_FORWARD'"
            + " WHEN " + ORDER.formatted("x.stage_after") + " < " + ORDER.formatted("x.stage") + " THEN 'ROLLED_BACK'"
            + " ELSE 'STAYED' END, x.paid, x.made, x.kept, x.complaints, x.contacts, ?"
            + " FROM (SELECT d.decision_key, d.account_id, d.source, d.stage, d.next_action,"
            + " (SELECT p.stage FROM account_position p WHERE p.account_id = d.account_id AND p.business_date > ?"
            + " AND p.business_date <= ? ORDER BY p.business_date DESC FETCH FIRST 1 ROW ONLY) AS stage_after,"
            + " COALESCE((SELECT SUM(y.amount) FROM payment y WHERE y.account_id = d.account_id AND y.paid_at >= ?"
            + " AND y.paid_at < ?), 0) AS paid,"
            + " (SELECT COUNT(*) FROM contact_attempt a WHERE a.account_id = d.account_id AND a.contacted_at >= ?"
            + " AND a.contacted_at < ?) AS contacts,"
            + " COALESCE(q.made, 0) AS made, COALESCE(q.kept, 0) AS kept, COALESCE(k.complaints, 0) AS complaints"
            + " FROM (%s) d"
            // the window's promises and complaints counted once each, by account, and joined: few accounts have
            // any, and a lookup an account read the promises' index twice for a million accounts (bench/README.md)
            + " LEFT JOIN (SELECT account_id, COUNT(*) AS made, SUM(CASE WHEN status = 'KEPT' THEN 1 ELSE 0 END)"
            + " AS kept FROM promise_to_pay WHERE due_date >= ? AND due_date <= ? GROUP BY account_id) q"
            + " ON q.account_id = d.account_id"
            + " LEFT JOIN (SELECT account_id, COUNT(*) AS complaints FROM complaint WHERE opened_on >= ?"
            + " AND opened_on <= ? GROUP BY account_id) k ON k.account_id = d.account_id"
            + " WHERE NOT EXISTS (SELECT 1 FROM decision_outcome o WHERE o.decision_key = d.decision_key"
            + " AND o.account_id = d.account_id AND o.horizon_days = ?)"
            // OFFSET 0 keeps x a step of its own: merged into the outer query, PostgreSQL looked the stage reached up
            // once for each of the five times the result's CASE names it (bench/README.md, "the outcome step")
            + " OFFSET 0 ROWS) x";
    // the run's key as a value, not computed from each row: the database then reads only this run's stored outcomes
    private static final String WORK_ITEMS = "SELECT CAST(? AS VARCHAR(64)) AS decision_key, w.account_id,"
            + " 'TRIAGE' AS source, w.stage, COALESCE(a.next_action, w.next_action) AS next_action"
            + " FROM triage_work_item w LEFT JOIN triage_assignment a ON a.business_date = w.business_date"
            + " AND a.account_id = w.account_id WHERE w.business_date = ? AND w.error IS NULL%s";
    private static final String DECISIONS = "SELECT CAST(e.assessment_id AS VARCHAR(36)) AS decision_key, e.account_id,"
            + " e.source, e.stage, e.next_action FROM decision e WHERE e.assessed_at >= ? AND e.assessed_at < ?"
            + " AND EXISTS (SELECT 1 FROM account_position p WHERE p.account_id = e.account_id)";

    private Outcomes() {
    }

    /**
     * Computes every outcome whose horizon the position history has reached and that is not stored yet, on this
     * connection alone; returns how many were added. Commits.
     */
    public static int compute(Connection c, List<Integer> horizons, ZoneId zone) throws SQLException {
        return compute(c, OutcomeParts.ONE, horizons, zone);
    }

    /**
     * The same, a run's work items in {@code parts} (each a range of account ids in a session of its own, all at
     * once: the database computes an INSERT's SELECT in one process, and a run's window is a million rows).
     */
    public static int compute(Connection c, OutcomeParts parts, List<Integer> horizons, ZoneId zone)
            throws SQLException {
        LocalDate reached = latestPosition(c);
        if (reached == null) {
            return 0;
        }
        int added = 0;
        for (int horizon : horizons) {
            LocalDate lastDecisionDay = reached.minusDays(horizon);
            for (var run : runs(c, lastDecisionDay, horizon)) {
                if (reachedSince(c, run.getKey().plusDays(horizon), run.getValue())) {
                    LocalDate day = run.getKey();
                    int n = parts.insert(c, day, (p, after, upto) -> insert(p, workItems(after, upto), day, horizon,
                            zone, true, after, upto));
                    OutcomeWindows.remember(c, OutcomeWindows.TRIAGE, day, horizon, n);
                    added += n;
                }
            }
            Set<LocalDate> done = OutcomeWindows.computed(c, OutcomeWindows.RECORDED, horizon);
            for (LocalDate day : decisionDays(c, lastDecisionDay, zone)) {
                OffsetDateTime dayOver = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
                if (!done.contains(day) && reachedSince(c, day.plusDays(horizon), dayOver)) {
                    int n = insert(c, DECISIONS, day, horizon, zone, false, null, null);
                    OutcomeWindows.remember(c, OutcomeWindows.RECORDED, day, horizon, n);
                    added += n;
                }
            }
            c.commit();
        }
        if (added > 0) {
            LOG.infof("outcomes: %d added, positions up to %s", added, reached);
        }
        return added;
    }

    /** The outcomes stored since {@code since}, counted by horizon and result ("30:CURED"), for the metrics. */
    public static Map<String, Integer> countedSince(Connection c, OffsetDateTime since) throws SQLException {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        try (var s = c.prepareStatement("SELECT horizon_days, result, COUNT(*) FROM decision_outcome"
                + " WHERE computed_at >= ? GROUP BY horizon_days, result")) {
            s.setObject(1, since);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getInt(1) + ":" + rs.getString(2), rs.getInt(3));
                }
            }
        }
        return counts;
    }

    /** A run's work items, those after {@code after} up to {@code upto} (null: no bound) in the column's order. */
    private static String workItems(String after, String upto) {
        return WORK_ITEMS.formatted((after == null ? "" : " AND w.account_id > ?")
                + (upto == null ? "" : " AND w.account_id <= ?"));
    }

    private static int insert(Connection c, String decisions, LocalDate day, int horizon, ZoneId zone,
                              boolean triage, String after, String upto) throws SQLException {
        OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime until = day.plusDays(horizon + 1L).atStartOfDay(zone).toOffsetDateTime();
        try (PreparedStatement s = c.prepareStatement(INSERT.formatted(decisions))) {
            int i = 1;
            s.setInt(i++, horizon);
            s.setObject(i++, day);
            s.setObject(i++, OffsetDateTime.now(ZoneOffset.UTC));
            s.setObject(i++, day);
            s.setObject(i++, day.plusDays(horizon));
            s.setObject(i++, from);
            s.setObject(i++, until);
            s.setObject(i++, from);
            s.setObject(i++, until);
            if (triage) {
                s.setString(i++, "TRIAGE:" + day);
                s.setObject(i++, day);
                if (after != null) {
                    s.setString(i++, after);
                }
                if (upto != null) {
                    s.setString(i++, upto);
                }
            } else {
                s.setObject(i++, from);
                s.setObject(i++, day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            }
            for (int window = 0; window < 2; window++) {   // the promises' and complaints' days
                s.setObject(i++, day);
                s.setObject(i++, day.plusDays(horizon));
            }
            s.setInt(i, horizon);
            return s.executeUpdate();
        }
    }

    private static LocalDate latestPosition(Connection c) throws SQLException {
        try (var s = c.prepareStatement("SELECT MAX(business_date) FROM account_position");
             var rs = s.executeQuery()) {
            return rs.next() ? rs.getObject(1, LocalDate.class) : null;
        }
    }

    /** Completed runs up to {@code upTo} whose outcomes at {@code horizon} are not computed: date and start. */
    private static List<Map.Entry<LocalDate, OffsetDateTime>> runs(Connection c, LocalDate upTo, int horizon)
            throws SQLException {
        List<Map.Entry<LocalDate, OffsetDateTime>> runs = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT r.business_date, r.started_at FROM triage_run r"
                + " WHERE r.status = 'COMPLETED' AND r.business_date <= ? AND NOT EXISTS (SELECT 1"
                + " FROM outcome_window o WHERE o.source = ? AND o.decided_on = r.business_date AND o.horizon_days = ?)"
                + " ORDER BY r.business_date")) {
            s.setObject(1, upTo);
            s.setString(2, OutcomeWindows.TRIAGE);
            s.setInt(3, horizon);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.add(Map.entry(rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class)));
                }
            }
        }
        return runs;
    }

    /** Whether positions of {@code date} or later were recorded after {@code since}: the record reached the horizon. */
    private static boolean reachedSince(Connection c, LocalDate date, OffsetDateTime since) throws SQLException {
        try (var s = c.prepareStatement("SELECT 1 FROM account_position WHERE business_date >= ? AND recorded_at > ?")) {
            s.setMaxRows(1);
            s.setObject(1, date);
            s.setObject(2, since);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The days (in {@code zone}) on which recorded decisions were made, up to {@code upTo}. */
    private static List<LocalDate> decisionDays(Connection c, LocalDate upTo, ZoneId zone) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT MIN(assessed_at), MAX(assessed_at) FROM decision WHERE assessed_at < ?")) {
            s.setObject(1, upTo.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            try (var rs = s.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    LocalDate first = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
                    LocalDate last = rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
                    for (LocalDate d = first; !d.isAfter(last) && !d.isAfter(upTo); d = d.plusDays(1)) {
                        days.add(d);
                    }
                }
            }
        }
        return days;
    }
}
