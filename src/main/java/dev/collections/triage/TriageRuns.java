package dev.collections.triage;

import dev.collections.common.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    /** The run as read: its progress is the sum of its slices' (the run row's counts only runs from before slices). */
    private static final String READ = "SELECT r.business_date, r.status, r.ruleset_version, r.started_by, r.owner,"
            + " r.attempts, r.started_at, COALESCE((SELECT MAX(s.heartbeat_at) FROM triage_slice s"
            + " WHERE s.business_date = r.business_date), r.heartbeat_at), r.finished_at, r.total,"
            + " r.processed + COALESCE((SELECT SUM(s.processed) FROM triage_slice s"
            + " WHERE s.business_date = r.business_date), 0),"
            + " r.errors + COALESCE((SELECT SUM(s.errors) FROM triage_slice s WHERE s.business_date = r.business_date), 0),"
            + " r.checkpoint, r.failure, r.started_by_user FROM triage_run r";

    private TriageRuns() {
    }

    public static Optional<TriageRun> find(Connection c, LocalDate date) throws SQLException {
        return one(c, READ + " WHERE r.business_date = ?", date);
    }

    public static List<TriageRun> latest(Connection c, int limit) throws SQLException {
        List<TriageRun> runs = new ArrayList<>();
        try (var s = c.prepareStatement(READ + " ORDER BY r.business_date DESC")) {
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
     * Starts the run of {@code date} (the run row and its slices, in one transaction), joins it while other
     * processes are deciding its slices, or resumes it when it failed or nobody is deciding it any more. The run
     * row is locked meanwhile, so a run is started once however many processes ask at once; {@code total} is only
     * asked for a new run.
     */
    static Claimed claim(Connection c, LocalDate date, String version, TriageRun.Trigger trigger,
                         String startedBy, TriageSettings settings, TotalCounter total) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<TriageRun> existing = locked(c, date);
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
            TriageSlices.create(c, date, null, settings.sliceSize());
            c.commit();
            return new Claimed(TriageRun.Claim.STARTED, find(c, date).orElseThrow());
        }
        TriageRun run = existing.get();
        if (run.status() == TriageRun.Status.COMPLETED) {
            c.commit();
            return new Claimed(TriageRun.Claim.ALREADY_COMPLETED, run);
        }
        boolean justClaimed = !Owner.isGone(run.owner()) && run.heartbeatAt().plus(settings.lease()).isAfter(now);
        if (run.status() == TriageRun.Status.RUNNING
                && (justClaimed || TriageSlices.worked(c, date, settings.lease()))) {
            c.commit();
            return new Claimed(TriageRun.Claim.JOINED, run);
        }
        try (var s = c.prepareStatement("UPDATE triage_run SET status = 'RUNNING', owner = ?, attempts = attempts + 1,"
                + " heartbeat_at = ?, failure = NULL WHERE business_date = ?")) {
            s.setString(1, Owner.ME);
            s.setObject(2, now);
            s.setObject(3, date);
            s.executeUpdate();
        }
        if (!TriageSlices.exist(c, date)) { // a run from before slices resumes after its own checkpoint
            TriageSlices.create(c, date, run.checkpoint(), settings.sliceSize());
        }
        c.commit();
        return new Claimed(TriageRun.Claim.RESUMED, find(c, date).orElseThrow());
    }

    /**
     * Whether this process is to finish the run of {@code date}: it is RUNNING and every slice is done. When it
     * is, the run row stays locked in the caller's transaction (so no other process finishes it too) until the
     * run is completed or failed; a process that dies while finishing releases it with its connection.
     */
    static boolean finishing(Connection c, LocalDate date) throws SQLException {
        Optional<TriageRun> run = locked(c, date);
        if (run.isEmpty() || run.get().status() != TriageRun.Status.RUNNING || !TriageSlices.allDone(c, date)) {
            c.commit();
            return false;
        }
        try (var s = c.prepareStatement("UPDATE triage_run SET owner = ?, heartbeat_at = ? WHERE business_date = ?")) {
            s.setString(1, Owner.ME);
            s.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            s.setObject(3, date);
            s.executeUpdate();
        }
        return true;
    }

    private static Optional<TriageRun> locked(Connection c, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement("SELECT business_date FROM triage_run WHERE business_date = ?"
                + SqlDialect.of(c).rowLock())) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        return find(c, date);
    }

    static void complete(Connection c, LocalDate date, String summary) throws SQLException {
        finish(c, date, "COMPLETED", summary, null);
    }

    /** Fails the run (whichever process failed): the others claim no more slices; a start resumes it. */
    static void fail(Connection c, LocalDate date, String failure) throws SQLException {
        finish(c, date, "FAILED", null, failure);
    }

    private static void finish(Connection c, LocalDate date, String status, String summary, String failure)
            throws SQLException {
        try (var s = c.prepareStatement("UPDATE triage_run SET status = ?, summary = COALESCE(?, summary),"
                + " failure = ?, finished_at = ?, heartbeat_at = ? WHERE business_date = ? AND status = 'RUNNING'")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            s.setString(1, status);
            s.setString(2, summary);
            s.setString(3, failure);
            s.setObject(4, now);
            s.setObject(5, now);
            s.setObject(6, date);
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
