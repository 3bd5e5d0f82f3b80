package dev.collections.triage;

import dev.collections.common.ChunkedEvaluator;
import dev.collections.common.Csv;
import dev.collections.common.SqlDialect;
import dev.collections.model.Assessment;
import dev.collections.policy.ActionType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Writes a run's work lists from its stored (allocated) work items, one file per team, highest priority first, and
 * counts them for the summary: {@code sms.csv} (SMS gateway), {@code calls.csv} (dialer), {@code visits.csv} (field
 * teams, by region), {@code legal.csv} (legal team), {@code tasks.csv} (case workers, one row per task),
 * {@code offers.csv} (relief offers, for the negotiation team), {@code held.csv} (accounts decided NONE, with
 * why) and {@code errors.csv} (accounts not decided). Each file is written beside its final name and moved into
 * place, so a file is never seen half-written, and writing them again (a resumed run) gives the same files.
 */
final class TriageExports {
    /** Work items read ahead of the one being allocated and written, a chunk at a time. */
    private static final int READ_AHEAD = 1_000;
    static final String HEADER = "accountId,stage,daysPastDue,overdueAmount,notBefore,priority,region,capacityDenied,"
            + "reason";
    private static final Map<ActionType, String> FILES = new EnumMap<>(Map.of(ActionType.SMS, "sms.csv",
            ActionType.CALL, "calls.csv", ActionType.LEGAL_ACTION, "legal.csv"));
    /** A work item as the rules decided it; the allocation of the same pass gives it its team's rung. */
    private static final String COLUMNS = "w.account_id, w.stage, w.next_action, w.not_before, w.days_past_due,"
            + " w.overdue_amount, w.reason, w.holds, w.offers, w.tasks, w.credit_report, w.ruleset_version, w.error,"
            + " w.priority, w.region, w.fallback1, w.fallback1_at, w.fallback2, w.fallback2_at, w.fallback3,"
            + " w.fallback3_at, w.next_action, CAST(NULL AS VARCHAR(16)), w.outstanding_balance, w.agency";

    private TriageExports() {
    }

    /**
     * Writes the lists in one pass over the run's work items, in the allocation's order (carried over first, then
     * priority, then account id), each item given its team's rung by {@code allocation} on the way.
     */
    static TriageSummary.Counter write(Connection c, LocalDate date, Path directory, int fetchSize,
                                       Allocation allocation, Function<WorkItem, String> said)
            throws SQLException, IOException {
        Files.createDirectories(directory);
        var counter = new TriageSummary.Counter();
        var moments = new Moments();
        Map<ActionType, Output> lists = new EnumMap<>(ActionType.class);
        for (var file : FILES.entrySet()) {
            lists.put(file.getKey(), new Output(directory, file.getValue(), HEADER));
        }
        try (Output tasks = new Output(directory, "tasks.csv", "accountId,task,stage,daysPastDue,overdueAmount,priority");
             Output offers = new Output(directory, "offers.csv",
                     "accountId,offers,stage,daysPastDue,overdueAmount,outstandingBalance,nextAction,priority");
             Output held = new Output(directory, "held.csv", "accountId,stage,daysPastDue,overdueAmount,reason,holds");
             Output errors = new Output(directory, "errors.csv", "accountId,error");
             Output visits = new Output(directory, "visits.csv", HEADER);
             Districts districts = new Districts(directory)) {
            each(c, date, fetchSize, allocation, decided -> {
                WorkItem w = allocation.give(decided);
                counter.add(w);
                if (w.isError()) {
                    errors.row(w.accountId(), w.error());
                    return;
                }
                Output list = lists.get(w.nextAction());
                if (list != null) {
                    list.row(workRow(w, said, moments));
                }
                if (w.nextAction() == ActionType.HOME_VISIT) {
                    districts.row(w.region(), workRow(w, said, moments));
                }
                if (w.nextAction() == ActionType.NONE) {
                    held.row(w.accountId(), w.stage(), Integer.toString(w.daysPastDue()),
                            w.overdueAmount().toPlainString(), said.apply(w), w.holds());
                }
                if (!w.offers().isEmpty()) {
                    offers.row(w.accountId(), w.offers(), w.stage(), Integer.toString(w.daysPastDue()),
                            w.overdueAmount().toPlainString(), plain(w.outstandingBalance()), w.nextAction().name(),
                            plain(w.priority()));
                }
                if (!w.tasks().isEmpty()) {
                    for (String task : w.tasks().split(";")) {
                        tasks.row(w.accountId(), task, w.stage(), Integer.toString(w.daysPastDue()),
                                w.overdueAmount().toPlainString(), plain(w.priority()));
                    }
                }
            });
            districts.copyInto(visits);
            AgencyFiles.write(c, directory, allocation.desk())
                    .forEach((name, rows) -> counter.file(AgencyFiles.DIRECTORY + "/" + name, rows));
            for (Output list : lists.values()) {
                counter.file(list.name, list.commit());
            }
            for (Output file : new Output[] {visits, tasks, offers, held, errors}) {
                counter.file(file.name, file.commit());
            }
        } finally {
            for (Output list : lists.values()) {
                list.close();
            }
        }
        return counter;
    }

    private static String[] workRow(WorkItem w, Function<WorkItem, String> said, Moments moments) {
        String reason = said.apply(w);
        return new String[] {w.accountId(), w.stage(), Integer.toString(w.daysPastDue()),
                w.overdueAmount().toPlainString(), moments.text(w.notBefore()), plain(w.priority()),
                w.region() == null ? "" : w.region(), w.capacityDenied() == null ? "" : w.capacityDenied().name(),
                reason};
    }

    /** A moment as the lists write it; most items of a night share their not-before, so the last is kept. */
    private static final class Moments {
        private OffsetDateTime last;
        private String text;

        String text(OffsetDateTime moment) {
            if (moment == null) {
                return "null";
            }
            if (!moment.equals(last)) {
                last = moment;
                text = moment.toString();
            }
            return text;
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private interface Row {
        void accept(WorkItem w) throws IOException, SQLException;
    }

    /**
     * Each work item of the run in the allocation's order. The rows are read and made into work items on a thread
     * of their own (the shared {@link ChunkedEvaluator}, a chunk at a time, in order) while this thread allocates
     * and writes the lists: on two cores the finish does not wait for one before the other.
     */
    private static void each(Connection c, LocalDate date, int fetchSize, Allocation allocation, Row row)
            throws SQLException, IOException {
        try (var s = c.prepareStatement("SELECT " + COLUMNS + ", " + allocation.carriedColumn() + " AS carried"
                + " FROM triage_work_item w" + allocation.carriedJoin() + " WHERE w.business_date = ?"
                + " ORDER BY carried DESC, w.priority DESC, " + SqlDialect.of(c).key("w.account_id"))) {
            s.setFetchSize(fetchSize);
            int i = allocation.bindCarried(s, 1);
            s.setObject(i, date);
            try (ResultSet rs = s.executeQuery()) {
                new ChunkedEvaluator<WorkItem, List<WorkItem>>("triage-lists", 1, READ_AHEAD).run(new Items(rs),
                        chunk -> chunk, chunk -> {
                            for (WorkItem w : chunk) {
                                row.accept(w);
                            }
                        });
            } catch (ReadFailed e) {
                throw e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TriageException("Writing the lists was interrupted");
            } catch (IOException | SQLException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The result's rows as work items, for the reading thread. A night's items share a few hundred reasons: the
     * reader keeps one copy of each (up to {@link ListReasons#KEPT}), so the writing thread finds its words by a
     * hash already known and an identical string.
     */
    private static final class Items implements Iterator<WorkItem> {
        private final ResultSet rs;
        private final Map<String, String> reasons = new HashMap<>();
        private Boolean next;

        Items(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = rs.next();
                } catch (SQLException e) {
                    throw new ReadFailed(e);
                }
            }
            return next;
        }

        @Override
        public WorkItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            next = null;
            try {
                return read(rs, this::sameReason);
            } catch (SQLException e) {
                throw new ReadFailed(e);
            }
        }

        private String sameReason(String reason) {
            if (reason == null) {
                return null;
            }
            String kept = reasons.get(reason);
            if (kept == null && reasons.size() < ListReasons.KEPT) {
                reasons.put(reason, reason);
            }
            return kept == null ? reason : kept;
        }
    }

    /** A row that could not be read, carried from the reading thread to the one writing the lists. */
    private static final class ReadFailed extends RuntimeException {
        ReadFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** A stored work item; {@code reasons} gives the copy of its reason to keep. */
    private static WorkItem read(ResultSet rs, UnaryOperator<String> reasons) throws SQLException {
        return new WorkItem(rs.getString(1), rs.getString(2), action(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class), rs.getInt(5), rs.getBigDecimal(6), reasons.apply(rs.getString(7)),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getBigDecimal(14), rs.getString(15), fallbacks(rs), action(rs.getString(22)),
                action(rs.getString(23)), rs.getBigDecimal(24), null, null, rs.getString(25));
    }

    private static List<Assessment.Step> fallbacks(ResultSet rs) throws SQLException {
        List<Assessment.Step> steps = new ArrayList<>(WorkItemWriter.FALLBACKS);
        for (int i = 0; i < WorkItemWriter.FALLBACKS; i++) {
            String type = rs.getString(16 + 2 * i);
            if (type != null) {
                steps.add(new Assessment.Step(ActionType.valueOf(type), rs.getObject(17 + 2 * i, OffsetDateTime.class)));
            }
        }
        return steps;
    }

    private static ActionType action(String name) {
        return name == null ? null : ActionType.valueOf(name);
    }

    /**
     * The visits of each district, highest priority first, each in a file of its own while the run's one pass goes
     * by (there are as many as districts with visits, not accounts), then put together district by district.
     */
    private static final class Districts implements AutoCloseable {
        private final Path directory;
        private final Map<String, Output> byRegion = new java.util.TreeMap<>();

        Districts(Path directory) {
            this.directory = directory;
        }

        void row(String region, String[] cells) throws IOException {
            String key = region == null ? "" : region;
            Output out = byRegion.get(key);
            if (out == null) {
                out = new Output(directory, "visits-" + (key.isEmpty() ? "none" : key) + ".part", "");
                byRegion.put(key, out);
            }
            out.row(cells);
        }

        void copyInto(Output visits) throws IOException {
            for (Output district : byRegion.values()) {
                district.out.flush();
                try (var lines = Files.newBufferedReader(district.partial, StandardCharsets.UTF_8)) {
                    lines.readLine(); // its own (empty) header
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        visits.out.write(line);
                        visits.out.write('\n');
                        visits.rows++;
                    }
                }
            }
        }

        /** The district files are scaffolding: removed whatever happens. */
        @Override
        public void close() throws IOException {
            for (Output district : byRegion.values()) {
                district.close();
            }
        }
    }

    /** One CSV file, written to a temporary name and moved into place on close. */
    private static final class Output implements AutoCloseable {
        final String name;
        final Path target;
        final Path partial;
        final BufferedWriter out;
        int rows;
        boolean done;

        Output(Path directory, String name, String header) throws IOException {
            this.name = name;
            this.target = directory.resolve(name);
            this.partial = directory.resolve(name + ".partial");
            this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            out.write(header);
            out.write('\n');
        }

        void row(String... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Csv.write(out, cells[i]);
            }
            out.write('\n');
            rows++;
        }

        /** Moves the finished file into place; returns its rows. */
        int commit() throws IOException {
            if (!done) {
                done = true;
                out.close();
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return rows;
        }

        /** A file not committed (the export failed) is removed, never left half-written. */
        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                out.close();
                Files.deleteIfExists(partial);
            }
        }
    }
}
