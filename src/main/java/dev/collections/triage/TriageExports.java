package dev.collections.triage;

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
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a run's work lists from its stored work items, one file per team, and counts them for the summary:
 * {@code sms.csv} (SMS gateway), {@code calls.csv} (dialer), {@code visits.csv} (field teams), {@code legal.csv}
 * (legal team), {@code tasks.csv} (case workers, one row per task), {@code errors.csv} (accounts not decided).
 * Each file is written beside its final name and moved into place, so a file is never seen half-written, and
 * writing them again (a resumed run) gives the same files.
 */
final class TriageExports {
    static final String HEADER = "accountId,stage,daysPastDue,overdueAmount,notBefore,reason";
    private static final Map<ActionType, String> FILES = new EnumMap<>(Map.of(ActionType.SMS, "sms.csv",
            ActionType.CALL, "calls.csv", ActionType.HOME_VISIT, "visits.csv", ActionType.LEGAL_ACTION, "legal.csv"));

    private TriageExports() {
    }

    static TriageSummary.Counter write(Connection c, LocalDate date, Path directory, int fetchSize)
            throws SQLException, IOException {
        Files.createDirectories(directory);
        var counter = new TriageSummary.Counter();
        Map<ActionType, Output> lists = new EnumMap<>(ActionType.class);
        for (var file : FILES.entrySet()) {
            lists.put(file.getKey(), new Output(directory, file.getValue(), HEADER));
        }
        try (Output tasks = new Output(directory, "tasks.csv", "accountId,task,stage,daysPastDue,overdueAmount");
             Output errors = new Output(directory, "errors.csv", "accountId,error");
             var s = c.prepareStatement("SELECT account_id, stage, next_action, not_before, days_past_due,"
                     + " overdue_amount, reason, holds, offers, tasks, credit_report, ruleset_version, error"
                     + " FROM triage_work_item WHERE business_date = ? ORDER BY account_id")) {
            s.setFetchSize(fetchSize);
            s.setObject(1, date);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    WorkItem w = read(rs);
                    counter.add(w);
                    if (w.isError()) {
                        errors.row(w.accountId(), w.error());
                        continue;
                    }
                    Output list = lists.get(w.nextAction());
                    if (list != null) {
                        list.row(w.accountId(), w.stage(), Integer.toString(w.daysPastDue()),
                                w.overdueAmount().toPlainString(), String.valueOf(w.notBefore()), w.reason());
                    }
                    if (!w.tasks().isEmpty()) {
                        for (String task : w.tasks().split(";")) {
                            tasks.row(w.accountId(), task, w.stage(), Integer.toString(w.daysPastDue()),
                                    w.overdueAmount().toPlainString());
                        }
                    }
                }
            }
            for (Output list : lists.values()) {
                counter.file(list.name, list.commit());
            }
            counter.file("tasks.csv", tasks.commit());
            counter.file("errors.csv", errors.commit());
        } finally {
            for (Output list : lists.values()) {
                list.close();
            }
        }
        return counter;
    }

    private static WorkItem read(ResultSet rs) throws SQLException {
        String action = rs.getString(3);
        BigDecimal overdue = rs.getBigDecimal(6);
        return new WorkItem(rs.getString(1), rs.getString(2), action == null ? null : ActionType.valueOf(action),
                rs.getObject(4, OffsetDateTime.class), rs.getInt(5), overdue, rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
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
                out.write(Csv.quote(cells[i]));
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
