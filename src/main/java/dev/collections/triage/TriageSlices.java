package dev.collections.triage;

import dev.collections.account.PortfolioQueries;
import dev.collections.common.SqlDialect;
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

/**
 * The triage_slice table, by plain JDBC: a run's accounts in slices of contiguous account ids that the processes
 * of a cluster claim one at a time. A claim is a compare-and-set on the slice's attempts (the same on H2 and
 * PostgreSQL, no lock held); the owner beats with every chunk it commits, and a slice whose owner is gone or
 * silent for longer than the lease is claimed again and resumed after its checkpoint.
 */
final class TriageSlices {
    private TriageSlices() {
    }

    /** This process no longer owns the slice: it was silent for longer than the lease and another took it over. */
    static final class Lost extends TriageException {
        Lost(Slice slice) {
            super("Slice " + slice.number() + " of the run of " + slice.date() + " was taken over by another process");
        }
    }

    /**
     * A claimed slice: accounts after {@code after} up to {@code upto} in the column's own order (null: no bound),
     * decided up to the checkpoint (in key order, {@link SqlDialect#key}).
     */
    record Slice(LocalDate date, int number, String after, String upto, String checkpoint, int attempts) {
    }

    /**
     * Cuts the run of {@code date} into slices of about {@code size} accounts of the record (every account, due or
     * not, so the bounds cost one index scan) in the account-id column's own order, the order its indexes keep;
     * {@code checkpoint} (null: none) is where a run from before slices stopped, and every slice starts after it.
     */
    static int create(Connection c, LocalDate date, String checkpoint, int size) throws SQLException {
        List<String> bounds = PortfolioQueries.sliceBounds(c, size);
        try (var s = c.prepareStatement("INSERT INTO triage_slice (business_date, slice_no, after_id, upto_id, status,"
                + " attempts, processed, errors, checkpoint) VALUES (?, ?, ?, ?, 'OPEN', 0, 0, 0, ?)")) {
            for (int i = 0; i <= bounds.size(); i++) {
                s.setObject(1, date);
                s.setInt(2, i);
                s.setString(3, i == 0 ? null : bounds.get(i - 1));
                s.setString(4, i == bounds.size() ? null : bounds.get(i));
                s.setString(5, checkpoint);
                s.addBatch();
            }
            s.executeBatch();
        }
        return bounds.size() + 1;
    }

    /**
     * Claims the first slice of the RUNNING run of {@code date} that is open or whose owner is gone or silent for
     * longer than {@code lease}, and commits the claim; empty when none is left to claim.
     */
    static Optional<Slice> claim(Connection c, LocalDate date, Duration lease) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<int[]> candidates = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT s.slice_no, s.attempts, s.status, s.owner, s.heartbeat_at"
                + " FROM triage_slice s JOIN triage_run r ON r.business_date = s.business_date"
                + " WHERE s.business_date = ? AND r.status = 'RUNNING' AND s.status <> 'DONE' ORDER BY s.slice_no")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    if ("OPEN".equals(rs.getString(3)) || abandoned(rs, now, lease)) {
                        candidates.add(new int[] {rs.getInt(1), rs.getInt(2)});
                    }
                }
            }
        }
        for (int[] candidate : candidates) {
            try (var s = c.prepareStatement("UPDATE triage_slice SET status = 'RUNNING', owner = ?,"
                    + " attempts = attempts + 1, heartbeat_at = ? WHERE business_date = ? AND slice_no = ?"
                    + " AND attempts = ? AND status <> 'DONE'")) {
                s.setString(1, Owner.ME);
                s.setObject(2, now);
                s.setObject(3, date);
                s.setInt(4, candidate[0]);
                s.setInt(5, candidate[1]);
                if (s.executeUpdate() == 1) {
                    c.commit();
                    return Optional.of(read(c, date, candidate[0]));
                }
            }
            c.commit(); // another process claimed it first: the next one
        }
        c.commit();
        return Optional.empty();
    }

    /** Whether a process other than a gone or silent one is deciding a slice of the run of {@code date}. */
    static boolean worked(Connection c, LocalDate date, Duration lease) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (var s = c.prepareStatement("SELECT slice_no, attempts, status, owner, heartbeat_at FROM triage_slice"
                + " WHERE business_date = ? AND status = 'RUNNING'")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!abandoned(rs, now, lease)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the run of {@code date} has slices (a run started before slices has none). */
    static boolean exist(Connection c, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement("SELECT 1 FROM triage_slice WHERE business_date = ?")) {
            s.setObject(1, date);
            s.setMaxRows(1);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether every slice of the run of {@code date} is done (a run from before slices has none). */
    static boolean allDone(Connection c, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement("SELECT count(*) FROM triage_slice WHERE business_date = ?"
                + " AND status <> 'DONE'")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        }
    }

    /** Counts a written chunk, moves the slice's checkpoint past it and beats (in the chunk's transaction). */
    static void advance(Connection c, Slice slice, int processed, int errors, String checkpoint) throws SQLException {
        try (var s = c.prepareStatement("UPDATE triage_slice SET processed = processed + ?, errors = errors + ?,"
                + " checkpoint = ?, heartbeat_at = ? WHERE business_date = ? AND slice_no = ? AND owner = ?"
                + " AND attempts = ?")) {
            s.setInt(1, processed);
            s.setInt(2, errors);
            s.setString(3, checkpoint);
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            bind(s, 5, slice);
            if (s.executeUpdate() != 1) {
                throw new Lost(slice);
            }
        }
    }

    /** Marks the slice done and commits. */
    static void done(Connection c, Slice slice) throws SQLException {
        end(c, slice, "DONE");
    }

    /** Gives the slice back (this process failed on it), so that a resumed run claims it at once. */
    static void release(Connection c, Slice slice) throws SQLException {
        end(c, slice, "OPEN");
    }

    private static void end(Connection c, Slice slice, String status) throws SQLException {
        try (var s = c.prepareStatement("UPDATE triage_slice SET status = ?, heartbeat_at = ? WHERE business_date = ?"
                + " AND slice_no = ? AND owner = ? AND attempts = ?")) {
            s.setString(1, status);
            s.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            bind(s, 3, slice);
            s.executeUpdate();
        }
        c.commit();
    }

    private static void bind(java.sql.PreparedStatement s, int from, Slice slice) throws SQLException {
        s.setObject(from, slice.date());
        s.setInt(from + 1, slice.number());
        s.setString(from + 2, Owner.ME);
        s.setInt(from + 3, slice.attempts());
    }

    private static boolean abandoned(ResultSet rs, OffsetDateTime now, Duration lease) throws SQLException {
        String owner = rs.getString(4);
        OffsetDateTime heartbeat = rs.getObject(5, OffsetDateTime.class);
        return owner == null || Owner.isGone(owner) || heartbeat == null || heartbeat.plus(lease).isBefore(now);
    }

    private static Slice read(Connection c, LocalDate date, int number) throws SQLException {
        try (var s = c.prepareStatement("SELECT after_id, upto_id, checkpoint, attempts FROM triage_slice"
                + " WHERE business_date = ? AND slice_no = ?")) {
            s.setObject(1, date);
            s.setInt(2, number);
            try (var rs = s.executeQuery()) {
                rs.next();
                return new Slice(date, number, rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
            }
        }
    }
}
