package dev.collections.triage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The triage_run table, by plain JDBC: the run is driven from the service and from the command alike. */
public final class TriageRuns {
    private static final String COLUMNS = "business_date, status, ruleset_version, started_by, owner, attempts,"
            + " started_at, heartbeat_at, finished_at, total, processed, errors, checkpoint, failure, started_by_user";

    private TriageRuns() {
    }

    public static Optional<TriageRun> find(Connection c, LocalDate date) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM triage_run WHERE business_date = ?", date);
    }

    public static List<TriageRun> latest(Connection c, int limit) throws SQLException {
        List<TriageRun> runs = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT " + COLUMNS + " FROM triage_run ORDER BY business_date DESC")) {
            s.setMaxRows(limit);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.add(read(rs));
                }
            }
        }
        return runs;
    }

    /** The summary of the last completed run before {@code date}, as JSON, if there is one. */
    static Optional<String> previousSummary(Connection c, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement("SELECT summary FROM triage_run WHERE business_date < ? AND status = 'COMPLETED'"
                + " ORDER BY business_date DESC")) {
            s.setMaxRows(1);
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The last completed run before {@code date}. */
    static Optional<LocalDate> previousCompleted(Connection c, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement("SELECT MAX(business_date) FROM triage_run WHERE business_date < ?"
                + " AND status = 'COMPLETED'")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1, LocalDate.class)) : Optional.empty();
            }
        }
    }

    public static Optional<String> summary(Connection c, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement("SELECT summary FROM triage_run WHERE business_date = ?")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Starts the run of {@code date}, or takes over an unfinished one whose owner is gone, in one transaction on
     * the locked row. {@code total} is only asked for a new run.
     */
    static Claimed claim(Connection c, LocalDate date, String version, TriageRun.Trigger trigger, String startedBy,
                         Duration lease, TotalCounter total) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<TriageRun> existing = one(c, "SELECT " + COLUMNS + " FROM triage_run WHERE business_date = ? FOR UPDATE",
                date);
        if (existing.isEmpty()) {
            int count = total.count();
            try (var s = c.prepareStatement("INSERT INTO triage_run (" + COLUMNS
                    + ") VALUES (?, 'RUNNING', ?, ?, ?, 1, ?, ?, NULL, ?, 0, 0, NULL, NULL, ?)")) {
                s.setObject(1, date);
                s.setString(2, version);
                s.setString(3, trigger.name());
                s.setString(4, Owner.ME);
                s.setObject(5, now);
                s.setObject(6, now);
                s.setInt(7, count);
                s.setString(8, startedBy);
                s.executeUpdate();
            }
            c.commit();
            return new Claimed(TriageRun.Claim.STARTED, find(c, date).orElseThrow());
        }
        TriageRun run = existing.get();
        if (run.status() == TriageRun.Status.COMPLETED) {
            c.commit();
            return new Claimed(TriageRun.Claim.ALREADY_COMPLETED, run);
        }
        if (!run.abandoned(now, lease)) {
            c.commit();
            return new Claimed(TriageRun.Claim.RUNNING_ELSEWHERE, run);
        }
        try (var s = c.prepareStatement("UPDATE triage_run SET status = 'RUNNING', owner = ?, attempts = attempts + 1,"
                + " heartbeat_at = ?, failure = NULL WHERE business_date = ?")) {
            s.setString(1, Owner.ME);
            s.setObject(2, now);
            s.setObject(3, date);
            s.executeUpdate();
        }
        c.commit();
        return new Claimed(TriageRun.Claim.RESUMED, find(c, date).orElseThrow());
    }

    /** Counts a written chunk and moves the checkpoint past it (in the chunk's transaction). */
    static void advance(Connection c, LocalDate date, int processed, int errors, String checkpoint) throws SQLException {
        try (var s = c.prepareStatement("UPDATE triage_run SET processed = processed + ?, errors = errors + ?,"
                + " checkpoint = ?, heartbeat_at = ? WHERE business_date = ? AND owner = ?")) {
            s.setInt(1, processed);
            s.setInt(2, errors);
            s.setString(3, checkpoint);
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            s.setObject(5, date);
            s.setString(6, Owner.ME);
            if (s.executeUpdate() != 1) {
                throw new TriageException("The run of " + date + " was taken over by another process");
            }
        }
    }

    static void complete(Connection c, LocalDate date, String summary) throws SQLException {
        finish(c, date, "COMPLETED", summary, null);
    }

    static void fail(Connection c, LocalDate date, String failure) throws SQLException {
        finish(c, date, "FAILED", null, failure);
    }

    private static void finish(Connection c, LocalDate date, String status, String summary, String failure)
            throws SQLException {
        try (var s = c.prepareStatement("UPDATE triage_run SET status = ?, summary = COALESCE(?, summary),"
                + " failure = ?, finished_at = ?, heartbeat_at = ? WHERE business_date = ? AND owner = ?")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            s.setString(1, status);
            s.setString(2, summary);
            s.setString(3, failure);
            s.setObject(4, now);
            s.setObject(5, now);
            s.setObject(6, date);
            s.setString(7, Owner.ME);
            s.executeUpdate();
        }
        c.commit();
    }

    private static Optional<TriageRun> one(Connection c, String sql, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static TriageRun read(ResultSet rs) throws SQLException {
        return new TriageRun(rs.getObject(1, LocalDate.class), TriageRun.Status.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                rs.getString(13), rs.getString(14), rs.getString(15));
    }

    /** The number of accounts a new run will decide. */
    interface TotalCounter {
        int count() throws SQLException;
    }

    record Claimed(TriageRun.Claim claim, TriageRun run) {
    }
}
