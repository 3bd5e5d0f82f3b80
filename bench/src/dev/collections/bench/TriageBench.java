package dev.collections.bench;

import dev.collections.account.PortfolioCursor;
import dev.collections.account.RecordedAccount;
import dev.collections.common.CommandConfig;
import dev.collections.common.CommandLogging;
import dev.collections.common.Database;
import dev.collections.common.SqlDialect;
import dev.collections.policy.ActionType;
import dev.collections.rules.CapacityTable;
import dev.collections.rules.Challenger;
import dev.collections.rules.FrozenRules;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.simulation.Simulator;
import dev.collections.simulation.StoredPortfolio;
import dev.collections.triage.TriageDecider;
import dev.collections.triage.TriageEvaluator;
import dev.collections.triage.TriageRun;
import dev.collections.triage.TriageRunner;
import dev.collections.triage.TriageSettings;
import dev.collections.triage.WorkItem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * One run, one portfolio, three measurements: (a) the rule engine alone on accounts already in memory,
 * (b) the triage's database path (stream the portfolio, write the work items, export the lists) with a decider
 * that applies no rules, (c) the full triage; and (d) a simulation of the whole stored portfolio (issue 5). Prints the rates and their ratios and appends a JSON line to
 * {@code --results}. See bench/README.md.
 */
public final class TriageBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DB_ONLY_DATE = LocalDate.of(1999, 12, 31);
    private static final LocalDate UNLIMITED_DATE = LocalDate.of(1999, 12, 30);
    private static final LocalDate EXPERIMENT_DATE = LocalDate.of(1999, 12, 29);
    /** (f): the challenger's share, as a bank would start one (10%). */
    private static final int CHALLENGER_BASIS_POINTS = 1_000;

    private TriageBench() {
    }

    /** The benchmark's options (picocli, like the service's commands). */
    static final class Options {
        @picocli.CommandLine.Option(names = "--db-url") String dbUrl;
        @picocli.CommandLine.Option(names = "--rules") String rules = "rules";
        @picocli.CommandLine.Option(names = "--date") String date = "2026-11-23";
        @picocli.CommandLine.Option(names = "--out") String out = "bench/work/out";
        @picocli.CommandLine.Option(names = "--workers") int workers = Runtime.getRuntime().availableProcessors();
        @picocli.CommandLine.Option(names = "--chunk-size") int chunkSize = 2_000;
        @picocli.CommandLine.Option(names = "--engine-sample") int engineSample = 100_000;
        @picocli.CommandLine.Option(names = "--label") String label = "";
        @picocli.CommandLine.Option(names = "--results") String results;
    }

    public static void main(String[] args) throws Exception {
        CommandLogging.quiet();
        var o = new Options();
        new picocli.CommandLine(o).parseArgs(args);
        DataSource db = CommandConfig.load().database(o.dbUrl);
        LocalDate date = LocalDate.parse(o.date);
        int workers = o.workers;
        var settings = new TriageSettings(o.chunkSize, workers, 5_000, Duration.ofMinutes(2),
                Path.of(o.out), ZONE, 10_000);
        RuleSet rules = new RuleSetCompiler().compile(Path.of(o.rules));
        if (!rules.isValid()) {
            throw new IllegalStateException("rules do not compile: " + rules.errors());
        }
        forget(db, date);
        forget(db, DB_ONLY_DATE);
        forget(db, UNLIMITED_DATE);
        forget(db, EXPERIMENT_DATE);

        double engine = engineAlone(db, rules, date, workers, o.engineSample);
        System.gc();

        long t0 = System.nanoTime();
        var dbOnly = new TriageRunner(db, settings).run(DB_ONLY_DATE, new NoRules(), TriageRun.Trigger.BENCHMARK,
                (run, n) -> { });
        double dbSeconds = (System.nanoTime() - t0) / 1e9;
        int accounts = dbOnly.run().processed();
        forget(db, DB_ONLY_DATE);
        vacuum(db);

        // (e) issue 14's floor, first: the same triage with no capacity anywhere (no allocation), on the same data;
        // then (c) allocates each team's capacity of rules/capacity.csv (calls 30,000 a weekday, 20 visits a
        // district). Each starts on a vacuumed table, so neither pays for the other's deleted rows.
        RuleSet unlimited = new RuleSet(rules.version(), rules.directory(), rules.compiledAt(), rules.files(),
                rules.rules(), rules.errors(), rules.kieBase(), rules.sessions(), CapacityTable.UNLIMITED, rules.texts());
        System.gc();
        var sameSampling = new HeapSampler(); // (c) runs with the heap sampler's collections: so does (e)
        sameSampling.start();
        long t3 = System.nanoTime();
        var noCapacity = new TriageRunner(db, settings).run(UNLIMITED_DATE, unlimited, TriageRun.Trigger.BENCHMARK,
                (run, n) -> { });
        double noCapacitySeconds = (System.nanoTime() - t3) / 1e9;
        sameSampling.stopSampling();
        String exportsOfE = summaryField(db, UNLIMITED_DATE, "exportSeconds");
        forget(db, UNLIMITED_DATE);
        vacuum(db);

        System.gc();
        resetPeaks();
        var sampler = new HeapSampler();
        sampler.start();
        long t1 = System.nanoTime();
        var full = new TriageRunner(db, settings).run(date, rules, TriageRun.Trigger.BENCHMARK, (run, n) -> { });
        double fullSeconds = (System.nanoTime() - t1) / 1e9;
        sampler.stopSampling();
        double peakHeapMiB = peakHeap() / 1048576.0; // of (c) alone
        double peakLiveMiB = sampler.peakLive / 1048576.0;
        String steppedDown = stepDowns(db, date);

        // (f) issue 15: the same full triage with an experiment running, its challenger (the same rules under
        // another version, compiled on their own) deciding 10% of the accounts; on a vacuumed table, under the
        // same heap sampler as (c)
        vacuum(db);
        Challenger challenger = challenger(o.rules);
        System.gc();
        var experimentSampling = new HeapSampler();
        experimentSampling.start();
        long t4 = System.nanoTime();
        var withExperiment = new TriageRunner(db, settings).run(EXPERIMENT_DATE, rules, challenger,
                TriageRun.Trigger.BENCHMARK, "benchmark", (run, n) -> { });
        double experimentSeconds = (System.nanoTime() - t4) / 1e9;
        experimentSampling.stopSampling();
        String arms = arms(db, EXPERIMENT_DATE);
        forget(db, EXPERIMENT_DATE);

        // (d) issue 5's floor: a simulation of the stored portfolio (live beside a candidate, here the same rules)
        long t2 = System.nanoTime();
        long simulated;
        try (var stored = new StoredPortfolio(db, date.atStartOfDay(ZONE).toOffsetDateTime())) {
            simulated = new Simulator(ZONE, 10_000, 10, workers).run(rules, rules, stored,
                    date.atStartOfDay(ZONE).toOffsetDateTime()).accounts();
        }
        double simSeconds = (System.nanoTime() - t2) / 1e9;

        double dbRate = accounts / dbSeconds;
        double fullRate = full.run().processed() / fullSeconds;
        double slower = Math.min(engine, dbRate);
        String json = String.format(java.util.Locale.ROOT, "{\"label\":\"%s\",\"accounts\":%d,\"workers\":%d,"
                + "\"engineEvaluationsPerSecond\":%.0f,\"databasePathAccountsPerSecond\":%.0f,"
                + "\"databasePathSeconds\":%.1f,\"fullTriageAccountsPerSecond\":%.0f,\"fullTriageSeconds\":%.1f,"
                + "\"fullOverSlowerOfAB\":%.2f,\"errors\":%d,\"peakHeapMiB\":%.0f,\"peakLiveHeapMiB\":%.0f,"
                + "\"maxHeapMiB\":%.0f,\"simulatedAccounts\":%d,\"simulationSeconds\":%.1f,"
                + "\"simulationOverTriage\":%.2f,\"noCapacitySeconds\":%.1f,\"allocationOverhead\":%.3f,"
                + "\"experimentSeconds\":%.1f,\"experimentOverhead\":%.3f}", o.label, accounts, workers, engine, dbRate,
                dbSeconds, fullRate,
                fullSeconds, fullRate / slower, full.run().errors(), peakHeapMiB,
                peakLiveMiB, Runtime.getRuntime().maxMemory() / 1048576.0, simulated, simSeconds,
                simSeconds / fullSeconds, noCapacitySeconds, fullSeconds / noCapacitySeconds - 1, experimentSeconds,
                experimentSeconds / fullSeconds - 1);
        String before = previous(o.results, o.label);
        System.out.printf("accounts due                 %,12d%n", accounts);
        System.out.printf("(a) rule engine alone        %,12.0f evaluations/s (%d threads)%s%n", engine, workers,
                was(before, "engineEvaluationsPerSecond", "%,.0f"));
        System.out.printf("(b) database path, no rules  %,12.0f accounts/s   (%.1f s)%s%n", dbRate, dbSeconds,
                was(before, "databasePathSeconds", "%.1f s"));
        System.out.printf("(c) full triage              %,12.0f accounts/s   (%.1f s, %d errors)%s%n", fullRate,
                fullSeconds, full.run().errors(), was(before, "fullTriageSeconds", "%.1f s"));
        System.out.printf("(c) / (b), full over database path alone %.2f%s%n", fullRate / dbRate,
                before == null ? "" : String.format(" (previous %.2f)", number(before, "fullTriageAccountsPerSecond")
                        / number(before, "databasePathAccountsPerSecond")));
        System.out.printf("(c) / slower of (a),(b)      %12.2f   (floor 0.50)%s%n", fullRate / slower,
                was(before, "fullOverSlowerOfAB", "%.2f"));
        System.out.printf("(e) triage, no capacity      %,12.0f accounts/s   (%.1f s); allocating capacity adds %.1f%%"
                + " (ceiling 10%%)%n", noCapacity.run().processed() / noCapacitySeconds, noCapacitySeconds,
                100 * (fullSeconds / noCapacitySeconds - 1));
        System.out.printf("(c) stepped down for capacity: %s%n", steppedDown);
        System.out.printf("(c) allocation %s s, exports %s s; (e) exports %s s%n", summaryField(db, date,
                "allocationSeconds"), summaryField(db, date, "exportSeconds"), exportsOfE);
        System.out.printf("(f) triage, experiment at 10%%  %,11.0f accounts/s   (%.1f s, %d errors); the experiment adds"
                + " %.1f%% to (c) (ceiling 10%%); arms: %s%n", withExperiment.run().processed() / experimentSeconds,
                experimentSeconds, withExperiment.run().errors(), 100 * (experimentSeconds / fullSeconds - 1), arms);
        System.out.printf("(d) simulation, two rule sets %,11.0f accounts/s   (%,d accounts in %.1f s = %.2f x (c); floor 2.00)%n",
                simulated / simSeconds, simulated, simSeconds, simSeconds / fullSeconds);
        System.out.printf("(c) peak heap in use %.0f MiB; peak live heap (after a full GC every 2 s) %.0f MiB (max %.0f MiB)%s%n",
                peakHeapMiB, peakLiveMiB, Runtime.getRuntime().maxMemory() / 1048576.0,
                was(before, "peakLiveHeapMiB", "%.0f MiB live"));
        if (o.results != null) {
            Files.writeString(Path.of(o.results), json + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    /** The last line of the results file with the same label: the previous run, whose figures are printed beside. */
    private static String previous(String results, String label) throws java.io.IOException {
        if (results == null || !Files.exists(Path.of(results))) {
            return null;
        }
        String mark = "\"label\":\"" + label + "\"";
        return Files.readAllLines(Path.of(results)).stream().filter(l -> l.contains(mark))
                .reduce((first, second) -> second).orElse(null);
    }

    private static double number(String json, String key) {
        var m = java.util.regex.Pattern.compile("\"" + key + "\":(-?[0-9.]+)").matcher(json);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static String was(String previous, String key, String format) {
        return previous == null ? "" : "   (previous " + String.format(format, number(previous, key)) + ")";
    }

    /** (f)'s challenger: the rules of {@code directory} under another version, compiled on their own. */
    private static Challenger challenger(String directory) {
        var files = FrozenRules.read(Path.of(directory));
        files.computeIfPresent("ladder.drl", (name, text) -> text + "\n// the benchmark's challenger\n");
        RuleSet rules = FrozenRules.compile(files);
        return new Challenger(0, "benchmark", CHALLENGER_BASIS_POINTS, LocalDate.MIN, LocalDate.MAX, rules, null);
    }

    /** The work items of a run by arm. */
    private static String arms(DataSource db, LocalDate date) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = Database.open(db);
             var s = c.prepareStatement("SELECT arm, COUNT(*) FROM triage_work_item WHERE business_date = ?"
                     + " GROUP BY arm ORDER BY 1")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    out.append(out.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ')
                            .append(String.format("%,d", rs.getLong(2)));
                }
            }
        }
        return out.toString();
    }

    /** On PostgreSQL, the dead rows of the deleted scratch runs cleaned up before the next timed run. */
    static void vacuum(DataSource db) throws SQLException {
        try (Connection c = Database.open(db)) {
            if (SqlDialect.of(c) == SqlDialect.POSTGRESQL) {
                c.setAutoCommit(true);
                try (var s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE triage_work_item");
                    s.execute("VACUUM ANALYZE triage_assignment");
                }
            }
        }
    }

    /** A number from a run's summary. */
    static String summaryField(DataSource db, LocalDate date, String field) throws SQLException {
        try (Connection c = Database.open(db);
             var s = c.prepareStatement("SELECT summary FROM triage_run WHERE business_date = ?")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return "?";
                }
                var m = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*([0-9.]+)").matcher(rs.getString(1));
                return m.find() ? m.group(1) : "?";
            }
        }
    }

    /** The accounts (c) stepped down, by the rung denied and the rung given. */
    private static String stepDowns(DataSource db, LocalDate date) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = Database.open(db);
             var s = c.prepareStatement("SELECT capacity_denied, next_action, COUNT(*) FROM triage_assignment"
                     + " WHERE business_date = ? GROUP BY capacity_denied, next_action ORDER BY 1, 2")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    out.append(out.isEmpty() ? "" : ", ").append(rs.getString(1)).append(" -> ")
                            .append(rs.getString(2)).append(' ').append(String.format("%,d", rs.getLong(3)));
                }
            }
        }
        return out.isEmpty() ? "none" : out.toString();
    }

    /** (a): the due accounts (up to a sample) read into memory first, then decided on all workers, warm. */
    private static double engineAlone(DataSource db, RuleSet rules, LocalDate date, int workers, int sample)
            throws Exception {
        List<RecordedAccount> accounts = new ArrayList<>();
        try (Connection c = Database.open(db)) {
            c.setAutoCommit(false);
            try (var cursor = new PortfolioCursor(c, SqlDialect.of(c), null, null, null, 5_000)) {
                while (cursor.hasNext() && accounts.size() < sample) {
                    accounts.add(cursor.next());
                }
            }
            c.rollback();
        }
        if (accounts.isEmpty()) {
            throw new IllegalStateException("the database holds no account due: import the portfolio first"
                    + " (run without SKIP_IMPORT)");
        }
        var evaluator = new TriageEvaluator(rules, ZONE, 10_000, date);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        int warmed = 0;
        while (warmed < 200_000) { // the JIT compiles Drools' network and the MVEL constraints after a while
            warmed += evaluateAll(pool, evaluator, accounts, workers);
        }
        long start = System.nanoTime();
        int evaluated = 0;
        while (evaluated < Integer.getInteger("bench.evaluations", 400_000)) {
            evaluated += evaluateAll(pool, evaluator, accounts, workers);
        }
        double rate = evaluated / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        return rate;
    }

    private static int evaluateAll(ExecutorService pool, TriageEvaluator evaluator, List<RecordedAccount> accounts,
                                   int workers) throws Exception {
        List<Future<Integer>> parts = new ArrayList<>();
        int slice = (accounts.size() + workers - 1) / workers;
        for (int from = 0; from < accounts.size(); from += slice) {
            var part = accounts.subList(from, Math.min(accounts.size(), from + slice));
            parts.add(pool.submit(() -> evaluator.decide(part).size()));
        }
        int n = 0;
        for (var f : parts) {
            n += f.get();
        }
        return n;
    }

    static void forget(DataSource db, LocalDate date) throws SQLException {
        try (Connection c = Database.open(db)) {
            for (String table : new String[] {"triage_assignment", "triage_work_item", "triage_slice", "triage_run"}) {
                try (var s = c.prepareStatement("DELETE FROM " + table + " WHERE business_date = ?")) {
                    s.setObject(1, date);
                    s.executeUpdate();
                }
            }
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The database path with the rules taken out: every account gets the same fixed item. */
    private static final class NoRules implements TriageDecider {
        @Override
        public String version() {
            return "benchmark-no-rules";
        }

        @Override
        public List<WorkItem> decide(List<RecordedAccount> chunk) {
            List<WorkItem> items = new ArrayList<>(chunk.size());
            for (RecordedAccount r : chunk) {
                var a = r.snapshot();
                items.add(new WorkItem(r.accountId(), "M1", ActionType.SMS, null, a.daysPastDue(),
                        a.overdueAmount(), "benchmark", "", "", "", "NONE", version(), null, java.math.BigDecimal.ZERO,
                        a.region(), java.util.List.of(), ActionType.SMS, null, a.outstandingBalance(), null, null));
            }
            return items;
        }
    }

    /**
     * Measures the heap the run really keeps: every two seconds a full collection, then the heap in use. (Young
     * and old generation peaks of a concurrent collector depend on how long it lets garbage float, which grows
     * with the run's length, not with what the run holds.) Costs a few percent of (c)'s time.
     */
    private static final class HeapSampler extends Thread {
        volatile boolean running = true;
        volatile long peakLive;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
                if (!running) {
                    return;
                }
                System.gc();
                long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peakLive = Math.max(peakLive, live);
            }
        }

        void stopSampling() {
            running = false;
        }
    }
}
