package dev.collections.triage;

import dev.collections.common.Database;
import dev.collections.common.SqlDialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;

/**
 * A run's work items in the lists' order: carried over first, then the highest priority, ties by account id (the
 * order {@link Allocation} takes them in). The database sorts them in parts, each a range of the run's slices in a
 * session of its own, all parts at once, and they are merged here by the same order: on two cores a night's million
 * items sorted in one session left the other core idle until the first row came (bench/README.md, "the finish").
 * The rows are then read on one thread, the lists' reading thread; a failure to read is a {@link ReadFailed}.
 */
final class SortedWorkItems implements Iterator<WorkItem>, AutoCloseable {
    private static final int CARRIED = 26;
    /**
     * At most this many parts, whatever the workers: each is a database session for as long as the lists are written
     * (the service's pool has 32) and a sort on the database's cores at once.
     */
    static final int MOST_PARTS = 4;

    private final List<Part> parts;
    /** The sessions opened for the parts after the first, closed with this. */
    private final List<Connection> opened;
    /** A night's items share a few hundred reasons: one copy of each is kept (up to {@link ListReasons#KEPT}). */
    private final Map<String, String> reasons = new HashMap<>();
    private boolean started;

    private SortedWorkItems(List<Part> parts, List<Connection> opened) {
        this.parts = parts;
        this.opened = opened;
    }

    /**
     * Where the parts are sorted: the run's own connection, and sessions of {@code more} (opened read-only for the
     * others), {@code parts} at most (the night's workers: the cores the run may use).
     */
    record Sessions(Connection own, DataSource more, int parts) {
    }

    /**
     * The run whose items are read: its date, the date of the run before it whose step-downs come first today (null:
     * none), and the rows fetched a round trip.
     */
    record Run(Sessions sessions, LocalDate date, LocalDate previousRun, int fetchSize) {
        /** The previous run's step-downs joined to the items, as {@code carried} (1: first in line today). */
        String carriedJoin() {
            return previousRun == null ? "" : " LEFT JOIN triage_assignment p ON p.business_date = ?"
                    + " AND p.account_id = w.account_id";
        }

        String carriedColumn() {
            return previousRun == null ? "0" : "CASE WHEN p.account_id IS NULL THEN 0 ELSE 1 END";
        }
    }

    /**
     * The items of {@code run}, sorted in as many parts as its sessions allow and it has slices; every part's
     * statement has started before this returns, and all of them run at once.
     */
    static SortedWorkItems open(Run run) throws SQLException {
        Sessions sessions = run.sessions();
        SqlDialect dialect = SqlDialect.of(sessions.own());
        List<String> cuts = cuts(sessions.own(), run.date(), sessions.parts());
        List<Part> parts = new ArrayList<>();
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i <= cuts.size(); i++) {
                Connection session = sessions.own();
                if (i > 0) {
                    session = Database.open(sessions.more());
                    opened.add(session);
                    session.setAutoCommit(false); // a cursor, on PostgreSQL
                    session.setReadOnly(true);
                }
                String after = i == 0 ? null : cuts.get(i - 1);
                String upto = i == cuts.size() ? null : cuts.get(i);
                PreparedStatement s = session.prepareStatement("SELECT " + WorkItemRows.COLUMNS + ", "
                        + run.carriedColumn() + " AS carried FROM triage_work_item w" + run.carriedJoin() + " WHERE w.business_date = ?"
                        + (after == null ? "" : " AND w.account_id > ?") + (upto == null ? "" : " AND w.account_id <= ?")
                        + " ORDER BY carried DESC, w.priority DESC NULLS FIRST, " + dialect.key("w.account_id"));
                parts.add(new Part(s));
                s.setFetchSize(run.fetchSize());
                int p = 1;
                for (Object value : new Object[] {run.previousRun(), run.date(), after, upto}) {
                    if (value != null) {
                        s.setObject(p++, value);
                    }
                }
            }
            sortAll(parts);
        } catch (SQLException | RuntimeException e) {
            closeAll(parts, opened);
            throw e;
        }
        return new SortedWorkItems(parts, opened);
    }

    /** Runs every part's statement at once (the first on this thread) and waits for all of them. */
    private static void sortAll(List<Part> parts) throws SQLException {
        List<CompletableFuture<Void>> sorting = new ArrayList<>();
        for (Part part : parts.subList(1, parts.size())) {
            sorting.add(CompletableFuture.runAsync(part::execute, command -> {
                Thread t = new Thread(command, "triage-lists-sort");
                t.setDaemon(true);
                t.start();
            }));
        }
        RuntimeException failed = null;
        try {
            parts.get(0).execute();
        } catch (RuntimeException e) {
            failed = e;
        }
        for (CompletableFuture<Void> part : sorting) {
            try {
                part.join();
            } catch (CompletionException e) {
                failed = failed != null ? failed
                        : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        if (failed instanceof ReadFailed r) {
            throw r.getCause();
        } else if (failed != null) {
            throw failed;
        }
    }

    /**
     * The account ids that cut the run into at most {@code wanted} parts of about as many slices each: the upper
     * bounds of the slices where a part ends. None for a run without slices (one part).
     */
    private static List<String> cuts(Connection c, LocalDate date, int wanted) throws SQLException {
        List<String> uptos = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT upto_id FROM triage_slice WHERE business_date = ?"
                + " AND upto_id IS NOT NULL ORDER BY slice_no")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    uptos.add(rs.getString(1));
                }
            }
        }
        int slices = uptos.size() + 1;
        int parts = Math.min(Math.min(wanted, MOST_PARTS), slices);
        List<String> cuts = new ArrayList<>();
        for (int j = 1; j < parts; j++) {
            cuts.add(uptos.get(slices * j / parts - 1));
        }
        return cuts;
    }

    /** How many parts the items were sorted in. */
    int parts() {
        return parts.size();
    }

    @Override
    public boolean hasNext() {
        if (!started) {
            started = true;
            parts.forEach(part -> part.advance(reasons));
        }
        for (Part part : parts) {
            if (part.head != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public WorkItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Part first = null;
        for (Part part : parts) {
            if (part.head != null && (first == null || before(part, first))) {
                first = part;
            }
        }
        WorkItem next = first.head;
        first.advance(reasons);
        return next;
    }

    /** Whether the head of {@code a} comes before that of {@code b} in the lists' order (parts never share an id). */
    private boolean before(Part a, Part b) {
        if (a.carried != b.carried) {
            return a.carried > b.carried;
        }
        BigDecimal pa = a.head.priority();
        BigDecimal pb = b.head.priority();
        if (pa == null || pb == null) {
            if (pa != pb) {
                return pa == null; // no priority (an account not decided) first, as the statement says
            }
        } else if (pa.compareTo(pb) != 0) {
            return pa.compareTo(pb) > 0;
        }
        return a.head.accountId().compareTo(b.head.accountId()) < 0;
    }

    @Override
    public void close() {
        closeAll(parts, opened);
    }

    private static void closeAll(List<Part> parts, List<Connection> opened) {
        parts.forEach(Part::close);
        for (Connection c : opened) {
            try {
                c.rollback();
                c.close();
            } catch (SQLException ignored) {
                // read only: nothing to lose
            }
        }
    }

    /** A row that could not be read, carried from the reading thread to the one writing the lists. */
    static final class ReadFailed extends RuntimeException {
        ReadFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** One part's statement, its rows and the row it is at. */
    private static final class Part {
        private final PreparedStatement statement;
        private ResultSet rows;
        private WorkItem head;
        private int carried;

        Part(PreparedStatement statement) {
            this.statement = statement;
        }

        void execute() {
            try {
                rows = statement.executeQuery();
            } catch (SQLException e) {
                throw new ReadFailed(e);
            }
        }

        void advance(Map<String, String> reasons) {
            try {
                if (rows.next()) {
                    head = WorkItemRows.read(rows, reasons);
                    carried = rows.getInt(CARRIED);
                } else {
                    head = null;
                }
            } catch (SQLException e) {
                throw new ReadFailed(e);
            }
        }

        void close() {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing after a failure or at the end: the first error is the one that matters
            }
        }
    }
}
