package dev.collections.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The lists' pass reads a run's work items sorted in parts (ranges of the run's slices, each sorted by the
 * database in a session of its own) and merged: the items come in the same order as one statement over the whole
 * run gives, and as the lists promise: carried over from the previous run first, then the highest priority, an
 * account not decided (no priority) before the others, ties by account id in byte order; on the database the build
 * runs on (H2, or PostgreSQL with -Ppostgresql). The run is years back, so no other test's run meets it.
 */
@QuarkusTest
class SortedWorkItemsTest {
    private static final LocalDate PREVIOUS = LocalDate.of(2018, 4, 1);
    private static final LocalDate DATE = PREVIOUS.plusDays(1);
    private static final int ACCOUNTS = 600;

    @Inject
    AgroalDataSource database;

    /** An item as the test wrote it: its id, priority (null: an error) and whether the previous run stepped it down. */
    private record Written(String id, BigDecimal priority, boolean carried) {
    }

    @Test
    void partsSortedApartAndMergedGiveTheOneStatementsOrder() throws Exception {
        List<Written> written = new ArrayList<>();
        try (Connection c = connection()) {
            write(c, written);
            List<String> expected = written.stream().sorted(Comparator.comparing((Written w) -> !w.carried())
                    .thenComparing(w -> w.priority() == null ? 0 : 1)
                    .thenComparing(Written::priority, Comparator.nullsFirst(Comparator.reverseOrder()))
                    .thenComparing(Written::id)).map(Written::id).toList();

            assertEquals(expected, read(c, 1), "one part: the statement's own order");
            for (int parts : new int[] {2, 3, 4, 20}) {
                assertEquals(expected, read(c, parts), parts + " sessions");
            }
        }
    }

    private List<String> read(Connection c, int parts) throws SQLException {
        List<String> ids = new ArrayList<>();
        var run = new SortedWorkItems.Run(new SortedWorkItems.Sessions(c, database, parts), DATE, PREVIOUS, 50);
        try (SortedWorkItems items = SortedWorkItems.open(run)) {
            assertEquals(Math.min(parts, SortedWorkItems.MOST_PARTS), items.parts(),
                    "as many parts as sessions, at most " + SortedWorkItems.MOST_PARTS);
            items.forEachRemaining(w -> ids.add(w.accountId()));
        }
        return ids;
    }

    /**
     * Accounts whose ids sort differently by bytes than by letters (capitals before small letters, digits, '-' and
     * '_'), a few priorities shared by many (ties), errors without a priority, a sixth carried over; seven slices.
     */
    private static void write(Connection c, List<Written> written) throws SQLException {
        Random random = new Random(7);
        String[] prefixes = {"SW-", "sw-", "Sw_", "SW_", "sw9", "SW0"};
        BigDecimal[] priorities = {new BigDecimal("0.00"), new BigDecimal("12.50"), new BigDecimal("12.50"),
            new BigDecimal("980.10"), new BigDecimal("4000.00")};
        Set<String> ids = new TreeSet<>();
        while (ids.size() < ACCOUNTS) {
            ids.add(prefixes[random.nextInt(prefixes.length)] + random.nextInt(10_000));
        }
        for (LocalDate day : List.of(PREVIOUS, DATE)) {
            try (var s = c.prepareStatement("INSERT INTO triage_run (business_date, status, ruleset_version, started_by,"
                    + " owner, attempts, started_at, heartbeat_at, total, processed, errors)"
                    + " VALUES (?, 'COMPLETED', 'v', 'COMMAND', 'test', 1, ?, ?, 0, 0, 0)")) {
                OffsetDateTime at = day.atTime(1, 0).atOffset(ZoneOffset.UTC);
                s.setObject(1, day);
                s.setObject(2, at);
                s.setObject(3, at);
                s.executeUpdate();
            }
        }
        try (var item = c.prepareStatement("INSERT INTO triage_work_item (business_date, account_id, stage,"
                + " next_action, days_past_due, overdue_amount, ruleset_version, error, priority)"
                + " VALUES (?, ?, 'M2', 'CALL', 45, 100, 'v', ?, ?)");
             var carried = c.prepareStatement("INSERT INTO triage_assignment (business_date, account_id,"
                     + " next_action, fallback, capacity_denied) VALUES (?, ?, 'SMS', 1, 'CALL')")) {
            for (String id : ids) {
                boolean error = random.nextInt(20) == 0;
                BigDecimal priority = error ? null : priorities[random.nextInt(priorities.length)];
                boolean stepped = random.nextInt(6) == 0;
                item.setObject(1, DATE);
                item.setString(2, id);
                item.setString(3, error ? "the rules failed" : null);
                item.setBigDecimal(4, priority);
                item.executeUpdate();
                if (stepped) {
                    carried.setObject(1, PREVIOUS);
                    carried.setString(2, id);
                    carried.executeUpdate();
                }
                written.add(new Written(id, priority, stepped));
            }
        }
        List<String> sorted = new ArrayList<>(ids);
        try (var s = c.prepareStatement("INSERT INTO triage_slice (business_date, slice_no, after_id, upto_id, status,"
                + " attempts, processed, errors) VALUES (?, ?, ?, ?, 'DONE', 1, 0, 0)")) {
            for (int i = 0; i < 7; i++) {
                s.setObject(1, DATE);
                s.setInt(2, i);
                s.setString(3, i == 0 ? null : sorted.get(i * ACCOUNTS / 7 - 1));
                s.setString(4, i == 6 ? null : sorted.get((i + 1) * ACCOUNTS / 7 - 1));
                s.executeUpdate();
            }
        }
        c.commit();
    }

    private Connection connection() throws SQLException {
        Connection c = database.getConnection();
        c.setSchema("collections");
        c.setAutoCommit(false);
        return c;
    }
}
