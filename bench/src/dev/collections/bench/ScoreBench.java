package dev.collections.bench;

import dev.collections.common.CommandConfig;
import dev.collections.common.CommandLogging;
import dev.collections.common.Database;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.score.ScoreTrainer;
import dev.collections.score.Split;
import dev.collections.score.UciExamples;
import dev.collections.triage.TriageRun;
import dev.collections.triage.TriageRunner;
import dev.collections.triage.TriageSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * What the behavioural score costs the night (issue 31, ceiling 15%): the full triage of the imported portfolio
 * without a live model and with one, alternated in one JVM on the same data (on, off, then off, on, on, off, ...;
 * round 0 warms the JIT up): wall seconds, CPU seconds of this process, and those of PostgreSQL's processes when it
 * runs on this machine (read from /proc). Before the first round it gives every account six month ends and about
 * three payments behind the run's date (marked {@code score-bench}, added once), so the night reads the history a
 * scored night reads.
 */
public final class ScoreBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        CommandLogging.quiet();
        String url = args[0];
        LocalDate date = LocalDate.parse(args.length > 1 ? args[1] : "2026-11-23");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        // "scored" or "none": every round runs that night alone, as a bank's JVM would (compare two such runs)
        String only = args.length > 3 ? args[3] : null;
        if (only != null && !only.equals("scored") && !only.equals("none")) {
            throw new IllegalArgumentException("the fourth argument is scored or none, not " + only);
        }
        DataSource db = CommandConfig.load().database(url);
        RuleSet rules = new RuleSetCompiler().compile(Path.of("rules"));
        var settings = new TriageSettings(2_000, Runtime.getRuntime().availableProcessors(), 5_000,
                Duration.ofMinutes(2), Path.of("bench/work/out-score"), ZONE, 10_000);
        history(db, date);
        long model = model(db);
        double[] off = new double[3]; // wall, this process's CPU, the database's CPU, summed over the rounds
        double[] on = new double[3];
        double[] fastest = {Double.MAX_VALUE, Double.MAX_VALUE}; // no model, scored
        for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT up and is not counted
            // on then off, then off then on (ABBA): a drift of the machine over the run weighs on both alike
            boolean[] order = only != null ? new boolean[] {only.equals("scored")}
                    : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true};
            for (boolean scored : order) {
                activate(db, scored ? model : null);
                TriageBench.forget(db, date);
                TriageBench.vacuum(db);
                checkpoint(db);
                System.gc();
                long cpu0 = cpu();
                long db0 = databaseCpu();
                long t0 = System.nanoTime();
                var result = new TriageRunner(db, settings)
                        .run(date, rules, TriageRun.Trigger.BENCHMARK, (r, n) -> { });
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpu() - cpu0) / 1e9;
                double dbCpu = (databaseCpu() - db0) / 100.0;
                double[] sum = scored ? on : off;
                if (round > 0) {
                    sum[0] += wall;
                    sum[1] += cpu;
                    sum[2] += dbCpu;
                    fastest[scored ? 1 : 0] = Math.min(fastest[scored ? 1 : 0], wall);
                }
                System.out.printf("round %d%s, %-9s %,d accounts in %.1f s wall, %.1f s CPU (%.2f CPU s per 1,000),"
                                + " database %.1f s CPU%n", round, round == 0 ? " (warm-up)" : "",
                        scored ? "scored" : "no model", result.run().processed(), wall, cpu,
                        cpu / result.run().processed() * 1000, dbCpu);
            }
        }
        activate(db, null);
        TriageBench.forget(db, date);
        if (only != null) {
            return;
        }
        System.out.printf("the score adds %.1f%% wall, %.1f%% CPU (%.1f%% with the database's) to the night;"
                        + " the fastest rounds: %.1f%% wall (ceiling 15%%)%n", 100 * (on[0] / off[0] - 1),
                100 * (on[1] / off[1] - 1), 100 * ((on[1] + on[2]) / (off[1] + off[2]) - 1),
                100 * (fastest[1] / fastest[0] - 1));
    }

    /**
     * The CPU time of PostgreSQL's processes on this machine, in clock ticks (user and system, with those of the
     * processes they waited for: a parallel worker's are its postmaster's once it ends); 0 without /proc.
     */
    static long databaseCpu() {
        long ticks = 0;
        java.io.File[] processes = new java.io.File("/proc")
                .listFiles((d, name) -> name.chars().allMatch(Character::isDigit));
        for (java.io.File p : processes == null ? new java.io.File[0] : processes) {
            try {
                String stat = java.nio.file.Files.readString(p.toPath().resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                    continue;
                }
                String[] f = stat.substring(close + 2).split(" "); // f[0] is field 3 (state)
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (java.io.IOException | RuntimeException e) {
                // a process that ended meanwhile
            }
        }
        return ticks;
    }

    /**
     * Each night starts with the previous one's writes on disk: otherwise a checkpoint falls inside whichever night
     * happens to be running. Needs a superuser or pg_checkpoint; skipped elsewhere.
     */
    private static void checkpoint(DataSource db) {
        try (Connection c = Database.open(db); var s = c.createStatement()) {
            if (dev.collections.common.SqlDialect.of(c) == dev.collections.common.SqlDialect.POSTGRESQL) {
                s.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            System.out.println("no checkpoint before the round: " + e.getMessage());
        }
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Six month ends before {@code date} for every account, and a payment in about half of those months. */
    private static void history(DataSource db, LocalDate date) throws SQLException {
        try (Connection c = Database.open(db)) {
            try (var s = c.prepareStatement("SELECT 1 FROM account_position WHERE ruleset_version = 'score-bench'");
                 var rs = s.executeQuery()) {
                if (rs.next()) {
                    analyze(c);
                    return;
                }
            }
            for (int k = 1; k <= 6; k++) {
                LocalDate monthEnd = YearMonth.from(date).minusMonths(k).atEndOfMonth();
                try (PreparedStatement s = c.prepareStatement("INSERT INTO account_position (account_id,"
                        + " business_date, days_past_due, overdue_amount, outstanding_balance, stage, ruleset_version,"
                        + " recorded_at) SELECT account_id, ?, GREATEST(days_past_due - 30 * ?, 0), overdue_amount,"
                        + " outstanding_balance, 'M1', 'score-bench', ? FROM account")) {
                    s.setObject(1, monthEnd);
                    s.setInt(2, k);
                    s.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO payment (account_id, amount, paid_at,"
                        + " channel, external_ref, recorded_at) SELECT account_id, 100 + MOD(LENGTH(account_id) * 37,"
                        + " 900), ?, 'BANK_TRANSFER', 'score-bench-" + k + "', ? FROM account WHERE MOD(ASCII(RIGHT("
                        + "account_id, 1)) + " + k + ", 2) = 0")) {
                    s.setObject(1, monthEnd.minusDays(10).atTime(12, 0).atOffset(ZoneOffset.ofHours(8)));
                    s.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                    s.executeUpdate();
                }
                // auto-commit
            }
            TriageBench.vacuum(db);
            analyze(c);
        }
    }

    /**
     * The statistics of the month ends and payments just added, as autovacuum would gather them on a bank's database:
     * without them PostgreSQL plans the night's reads on a table it believes holds one business date.
     */
    private static void analyze(Connection c) throws SQLException {
        if (dev.collections.common.SqlDialect.of(c) == dev.collections.common.SqlDialect.POSTGRESQL) {
            try (var s = c.createStatement()) {
                s.execute("ANALYZE account_position");
                s.execute("ANALYZE payment");
            }
        }
    }

    /** The first model (UCI), stored as the service stores it. */
    private static long model(DataSource db) throws Exception {
        var trained = ScoreTrainer.train("UCI", "default", Split.seeded(UciExamples.read(UciExamples.DATA), 42, 0.3),
                42);
        try (Connection c = Database.open(db)) {
            try (var s = c.prepareStatement("DELETE FROM score_model_activation")) {
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("DELETE FROM score_model WHERE trained_by = 'bench'")) {
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("INSERT INTO score_model (version, sha256, content, source, target, auc,"
                    + " calibration_error, report, trained_by, trained_at) VALUES (?, ?, ?, 'UCI', 'default', ?, ?,"
                    + " '{}', 'bench', ?)", new String[] {"id"})) {
                String sha = trained.model().sha256();
                s.setString(1, "score-" + sha.substring(0, 12));
                s.setString(2, sha);
                s.setString(3, Base64.getEncoder().encodeToString(trained.model().bytes()));
                s.setDouble(4, trained.report().model().auc());
                s.setDouble(5, trained.report().model().calibrationError());
                s.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    // auto-commit
                    return id;
                }
            }
        }
    }

    private static void activate(DataSource db, Long model) throws SQLException {
        try (Connection c = Database.open(db);
             var s = c.prepareStatement("INSERT INTO score_model_activation (model_id, activated_by, activated_at,"
                     + " trigger_kind) VALUES (?, 'bench', ?, 'LIVE')")) {
            s.setObject(1, model);
            s.setObject(2, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
            s.executeUpdate();
            // auto-commit
        }
    }
}
