package dev.collections.outcome;

import dev.collections.common.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * How a run's outcomes are computed: in {@code sessions} parts at once, each a range of the run's account ids
 * (about equal; the first and last open-ended, so every work item is in exactly one) in a database session of its
 * own that commits its part. PostgreSQL computes the SELECT of an INSERT in one process, so one statement keeps one
 * core busy while the others wait (bench/README.md, "The outcome step", "The window in parts"). A part that fails leaves the window unremembered: the next step computes it again, and the outcomes the
 * other parts stored are not stored twice (the statement skips a decision's stored outcome).
 */
public final class OutcomeParts {
    /** One statement on the caller's connection (the tests, and a database without sessions to spare). */
    public static final OutcomeParts ONE = new OutcomeParts(null, 1);

    static final int AT_MOST = 8;

    private final DataSource database;
    private final int sessions;

    /** Parts in up to {@code sessions} sessions of {@code database} (one: the caller's connection alone). */
    public OutcomeParts(DataSource database, int sessions) {
        this.database = database;
        this.sessions = database == null ? 1 : Math.max(1, sessions);
    }

    /**
     * The parts of a night's step: one a worker, at most {@value #AT_MOST}. The service's connection pool (32, with a
     * 5 s wait) also serves the requests, and a part holds its connection for seconds: a 48-core host's workers
     * would wait for connections beyond the wait and fail the step every night.
     */
    public static OutcomeParts forWorkers(DataSource database, int workers) {
        return new OutcomeParts(database, Math.min(workers, AT_MOST));
    }

    /** One part's statement: the work items after {@code after} up to {@code upto} (null: no bound). */
    @FunctionalInterface
    interface Part {
        int insert(Connection c, String after, String upto) throws SQLException;
    }

    /**
     * Runs {@code part} over the work items of the run of {@code day} in ranges of about equal size, in parallel
     * sessions, and returns the rows they inserted together.
     */
    int insert(Connection c, LocalDate day, Part part) throws SQLException {
        if (sessions == 1) {
            return part.insert(c, null, null);
        }
        List<String> cuts = cuts(c, day);
        ExecutorService pool = Executors.newFixedThreadPool(cuts.size() + 1);
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            for (int i = 0; i <= cuts.size(); i++) {
                String after = i == 0 ? null : cuts.get(i - 1);
                String upto = i == cuts.size() ? null : cuts.get(i);
                parts.add(pool.submit(() -> inSession(part, after, upto)));
            }
            int inserted = 0;
            SQLException failed = null;
            for (Future<Integer> f : parts) {   // every part waited for: the step ends when its sessions have
                try {
                    inserted += join(f);
                } catch (SQLException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
            return inserted;
        } finally {
            pool.shutdown();
        }
    }

    /** The last account id of each part but the last, in the column's own order (one read of the run's keys). */
    List<String> cuts(Connection c, LocalDate day) throws SQLException {
        List<String> cuts = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT MAX(t.account_id) FROM (SELECT account_id, NTILE(?) OVER (ORDER BY"
                + " account_id) AS part FROM triage_work_item WHERE business_date = ? AND error IS NULL) t"
                + " GROUP BY t.part ORDER BY 1")) {
            s.setInt(1, sessions);
            s.setObject(2, day);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    cuts.add(rs.getString(1));
                }
            }
        }
        return cuts.isEmpty() ? cuts : cuts.subList(0, cuts.size() - 1);
    }

    private int inSession(Part part, String after, String upto) throws SQLException {
        try (Connection p = Database.open(database)) {
            p.setAutoCommit(false);
            try {
                int n = part.insert(p, after, upto);
                p.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                p.rollback();
                throw e;
            }
        }
    }

    private static int join(Future<Integer> part) throws SQLException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the outcomes were computed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("a part of the outcomes failed", e.getCause());
        }
    }
}
