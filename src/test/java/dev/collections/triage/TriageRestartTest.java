package dev.collections.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.account.RecordedAccount;
import dev.collections.cli.CollectionsCommand;
import dev.collections.common.Database;
import dev.collections.rules.RuleFiles;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The run survives what a night can bring, on a database of its own (an H2 file, shared with a second process):
 * its process killed with SIGKILL half-way, and an account whose rules fail.
 */
class TriageRestartTest {
    /** A past night (a command refuses a date ahead of today); each test has a database of its own. */
    private static final LocalDate DATE = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30);
    private static final int ACCOUNTS = 20_000;

    @Test
    void aRunKilledHalfWayIsResumedWithoutRedoingOrDuplicatingAnything() throws Exception {
        Path dir = fresh("target/triage-restart/killed");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE";
        DataSource db = Database.forCommand(url, "sa", "");
        insertAccounts(db, ACCOUNTS, null);
        // this process keeps the database open, so it serves it (AUTO_SERVER) to the child over TCP
        Connection keeper = db.getConnection();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dcollections.triage.slice-size=3000",
                CollectionsCommand.class.getName(), "triage", "--date=" + DATE,
                "--db-url=" + url, "--out=" + dir.resolve("out"), "--chunk-size=250", "--workers=1",
                "--rules=" + Path.of("rules").toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        int atKill = waitForProgress(db, child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no last word
        child.waitFor(30, TimeUnit.SECONDS);

        TriageRun killed;
        try (Connection c = open(db)) {
            killed = TriageRuns.find(c, DATE).orElseThrow();
        }
        assertEquals(TriageRun.Status.RUNNING, killed.status(), "a killed run is left as it was");
        assertTrue(killed.processed() >= atKill && killed.processed() < ACCOUNTS, "killed half-way: " + killed);
        String childVersion = killed.rulesetVersion();
        Set<String> doneBefore = accountsDecidedWith(db, childVersion);
        assertEquals(killed.processed(), doneBefore.size(), "what is checkpointed is exactly what is written");
        assertEquals(7, count(db, "SELECT count(*) FROM triage_slice WHERE business_date = ?"), "20,000 in slices of 3,000");

        RuleSet rules = new RuleSetCompiler().compile(Path.of("rules"));
        var evaluator = new TriageEvaluator(rules, ZoneId.of("Asia/Shanghai"), 10_000, DATE);
        TriageDecider resumedRules = new TriageDecider() {
            @Override
            public String version() {
                return "resumed";
            }

            @Override
            public List<WorkItem> decide(List<RecordedAccount> chunk) {
                return evaluator.decide(chunk).stream().map(i -> new WorkItem(i.accountId(), i.stage(),
                        i.nextAction(), i.notBefore(), i.daysPastDue(), i.overdueAmount(), i.reason(), i.holds(),
                        i.offers(), i.tasks(), i.creditReport(), "resumed", i.error(), i.priority(), i.region(),
                        i.fallbacks(), i.decidedAction(), i.capacityDenied(), i.outstandingBalance(), i.strategy(),
                        i.firedRules())).toList();
            }
        };
        var result = new TriageRunner(db, settings(dir)).run(DATE, resumedRules, TriageRun.Trigger.COMMAND,
                TriageProgress.NONE);

        assertEquals(TriageRun.Claim.RESUMED, result.claim());
        TriageRun run = result.run();
        assertEquals(TriageRun.Status.COMPLETED, run.status());
        assertEquals(2, run.attempts());
        assertEquals(ACCOUNTS, run.total());
        assertEquals(ACCOUNTS, run.processed());
        assertEquals(ACCOUNTS, count(db, "SELECT count(*) FROM triage_work_item WHERE business_date = ?"));
        assertEquals(ACCOUNTS, count(db, "SELECT count(DISTINCT account_id) FROM triage_work_item WHERE business_date = ?"));
        assertEquals(doneBefore, accountsDecidedWith(db, childVersion), "finished accounts are not decided again");
        assertEquals(ACCOUNTS - doneBefore.size(), accountsDecidedWith(db, "resumed").size());

        Set<String> listed = new HashSet<>();
        for (String list : new String[] {"sms.csv", "calls.csv", "visits.csv", "legal.csv"}) {
            List<String> lines = Files.readAllLines(dir.resolve("out").resolve(DATE.toString()).resolve(list));
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(listed.add(line.substring(0, line.indexOf(','))), "listed twice: " + line);
            }
        }
        assertFalse(listed.isEmpty());

        // and started once more: complete, nothing to do
        var again = new TriageRunner(db, settings(dir)).run(DATE, rules, TriageRun.Trigger.COMMAND, TriageProgress.NONE);
        assertEquals(TriageRun.Claim.ALREADY_COMPLETED, again.claim());
        assertEquals(ACCOUNTS, count(db, "SELECT count(*) FROM triage_work_item WHERE business_date = ?"));
        keeper.close();
    }

    @Test
    void anAccountWhoseRulesFailIsRecordedAsAnErrorAndTheRunGoesOn() throws Exception {
        Path dir = fresh("target/triage-restart/failing-rule");
        DataSource db = Database.forCommand("jdbc:h2:mem:failing-rule;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        insertAccounts(db, 500, "ACC-FAILS");
        Path rulesDir = RuleFiles.copyOfShippedRules();
        RuleFiles.write(rulesDir, "fails-for-one.drl", """
                package rules;
                import dev.collections.policy.*;
                rule "A broken rule that throws for one account"
                when
                    Account( accountId == "ACC-FAILS" )
                then
                    throw new IllegalStateException("broken for one account");
                end
                """);
        RuleSet rules = new RuleSetCompiler().compile(rulesDir);
        assertTrue(rules.isValid(), rules.errors().toString());

        var result = new TriageRunner(db, settings(dir)).run(DATE, rules, TriageRun.Trigger.COMMAND,
                TriageProgress.NONE);

        assertEquals(TriageRun.Status.COMPLETED, result.run().status());
        assertEquals(501, result.run().processed());
        assertEquals(1, result.run().errors());
        List<String> errors = Files.readAllLines(dir.resolve("out").resolve(DATE.toString()).resolve("errors.csv"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(1).startsWith("ACC-FAILS,"), errors.get(1));
        assertEquals(500, count(db, "SELECT count(*) FROM triage_work_item WHERE business_date = ? AND error IS NULL"));
        RuleFiles.delete(rulesDir);
    }

    @Test
    void twoProcessesShareOneRunSliceBySliceAndItIsFinishedOnce() throws Exception {
        Path dir = fresh("target/triage-restart/shared");
        DataSource db = Database.forCommand("jdbc:h2:mem:shared-run;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=20000;DB_CLOSE_DELAY=-1", "sa", "");
        insertAccounts(db, 6_000, null);
        RuleSet rules = new RuleSetCompiler().compile(Path.of("rules"));
        var evaluator = new TriageEvaluator(rules, ZoneId.of("Asia/Shanghai"), 10_000, DATE);
        var settings = new TriageSettings(250, 1, 1_000, Duration.ofMinutes(2), dir.resolve("out"),
                ZoneId.of("Asia/Shanghai"), 10_000, ZoneId.of("Asia/Shanghai"), List.of(30, 60, 90), 180, 500);
        java.util.Map<String, Set<String>> decidedBy = new java.util.concurrent.ConcurrentHashMap<>();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<TriageRunner.Result>> results = new java.util.ArrayList<>();
        for (String process : List.of("first", "second")) {
            TriageDecider decider = new TriageDecider() {
                @Override
                public String version() {
                    return rules.version();
                }

                @Override
                public List<WorkItem> decide(List<RecordedAccount> chunk) {
                    chunk.forEach(a -> decidedBy.computeIfAbsent(process, p -> ConcurrentHashMap.newKeySet())
                            .add(a.accountId()));
                    try {
                        Thread.sleep(15); // a slower machine: the two processes overlap for the whole run
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return evaluator.decide(chunk);
                }
            };
            results.add(pool.submit(() -> {
                start.await();
                return new TriageRunner(db, settings).run(DATE, decider, TriageRun.Trigger.COMMAND,
                        TriageProgress.NONE);
            }));
        }
        start.countDown();
        var first = results.get(0).get(2, TimeUnit.MINUTES);
        var second = results.get(1).get(2, TimeUnit.MINUTES);
        pool.shutdown();

        assertEquals(Set.of(TriageRun.Claim.STARTED, TriageRun.Claim.JOINED), Set.of(first.claim(), second.claim()));
        assertTrue(first.decidedHere() > 0 && second.decidedHere() > 0, "each decided some slices: "
                + first.decidedHere() + ", " + second.decidedHere());
        assertEquals(6_000, first.decidedHere() + second.decidedHere());
        Set<String> both = new HashSet<>(decidedBy.get("first"));
        both.retainAll(decidedBy.get("second"));
        assertEquals(Set.of(), both, "no account decided by both");
        try (Connection c = open(db)) {
            TriageRun run = TriageRuns.find(c, DATE).orElseThrow();
            assertEquals(TriageRun.Status.COMPLETED, run.status());
            assertEquals(6_000, run.processed());
            assertEquals(1, run.attempts(), "started once, joined, never restarted");
            assertTrue(TriageSlices.allDone(c, DATE));
        }
        assertEquals(6_000, count(db, "SELECT count(DISTINCT account_id) FROM triage_work_item WHERE business_date = ?"));
        assertEquals(13, count(db, "SELECT count(*) FROM triage_slice WHERE business_date = ?"), "6,000 in slices of 500");
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve(DATE.toString()).resolve("summary.json")));
    }

    private static TriageSettings settings(Path dir) {
        return new TriageSettings(250, 2, 1_000, Duration.ofMinutes(2), dir.resolve("out"), ZoneId.of("Asia/Shanghai"),
                10_000, ZoneId.of("Asia/Shanghai"), List.of(30, 60, 90), 180, 3_000);
    }

    private static int waitForProgress(DataSource db, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the child process ended before it could be killed; see child.log");
            try (Connection c = open(db)) {
                var run = TriageRuns.find(c, DATE);
                if (run.isPresent() && run.get().processed() >= 1_000) {
                    return run.get().processed();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child made no progress in two minutes");
    }

    private static Set<String> accountsDecidedWith(DataSource db, String version) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = open(db); var s = c.prepareStatement(
                "SELECT account_id FROM triage_work_item WHERE business_date = ? AND ruleset_version = ?")) {
            s.setObject(1, DATE);
            s.setString(2, version);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static int count(DataSource db, String sql) throws SQLException {
        try (Connection c = open(db); var s = c.prepareStatement(sql)) {
            s.setObject(1, DATE);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** {@code n} overdue accounts (1 to 120 days), and {@code extra} when given. */
    private static void insertAccounts(DataSource db, int n, String extra) throws SQLException {
        try (Connection c = open(db); var s = c.prepareStatement("INSERT INTO account (account_id, currency,"
                + " days_past_due, overdue_amount, outstanding_balance, deceased, vulnerable, address_verified,"
                + " phone_reachable, credit_report_notified, do_not_contact, created_at, updated_at)"
                + " VALUES (?, 'CNY', ?, ?, ?, false, false, true, true, false, '', ?, ?)")) {
            c.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i <= n; i++) {
                if (i == n && extra == null) {
                    break;
                }
                s.setString(1, i == n ? extra : String.format("ACC-%06d", i));
                s.setInt(2, 1 + i % 120);
                s.setBigDecimal(3, java.math.BigDecimal.valueOf(100 + i % 9_000));
                s.setBigDecimal(4, java.math.BigDecimal.valueOf(20_000));
                s.setObject(5, now);
                s.setObject(6, now);
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
    }

    private static Connection open(DataSource db) throws SQLException {
        return Database.open(db);
    }

    private static Path fresh(String path) throws Exception {
        Path dir = Path.of(path);
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return Files.createDirectories(dir);
    }
}
