package dev.collections.bench;

import dev.collections.account.PortfolioCursor;
import dev.collections.account.RecordedAccount;
import dev.collections.common.CommandConfig;
import dev.collections.common.CommandLogging;
import dev.collections.common.Database;
import dev.collections.common.SqlDialect;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.score.LiveScore;
import dev.collections.triage.TriageEvaluator;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the behavioural score's cost in the night goes, on one thread (bench/README.md): the cursor reading N accounts
 * of the imported portfolio without and with their behaviour (month ends and payments), then the same accounts
 * decided without and with the latest stored model (ScoreBench stores one) in chunks of 2,000 as the night decides
 * them, and the score alone (a chunk scored together). Microseconds an
 * account; reading (in slices of 2,000, as the night reads) includes the database's time, which the night overlaps
 * with deciding.
 *
 *   java -cp "$CP" dev.collections.bench.ScoreCostProbe jdbc:postgresql://127.0.0.1:5432/collections_bench_200000 40000
 */
public final class ScoreCostProbe {
    private ScoreCostProbe() {
    }

    public static void main(String[] a) throws Exception {
        CommandLogging.quiet();
        var db = CommandConfig.load().database(a[0]);
        int n = Integer.parseInt(a[1]);
        LocalDate date = LocalDate.parse("2026-11-23");
        var rules = new RuleSetCompiler().compile(Path.of("rules"));
        List<RecordedAccount> plain = new ArrayList<>();
        List<RecordedAccount> withBehaviour = new ArrayList<>();
        LiveScore live;
        try (Connection c = Database.open(db)) {
            c.setAutoCommit(false);
            live = LiveScore.of(c, latest(c));
            for (int r = 0; r < 5; r++) {
                plain.clear(); withBehaviour.clear();
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                var bytes = (com.sun.management.ThreadMXBean) threads;
                long self = Thread.currentThread().getId();
                long a0 = bytes.getThreadAllocatedBytes(self);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                read(c, null, n, plain);
                long c1 = threads.getCurrentThreadCpuTime();
                long a1 = bytes.getThreadAllocatedBytes(self);
                long t1 = System.nanoTime();
                read(c, date, n, withBehaviour);
                long c2 = threads.getCurrentThreadCpuTime();
                long a2 = bytes.getThreadAllocatedBytes(self);
                long t2 = System.nanoTime();
                System.out.printf("read allocated: plain %,d bytes, with behaviour %,d an account%n",
                        (a1 - a0) / plain.size(), (a2 - a1) / plain.size());
                System.out.printf("read %d: plain %.1f us (this thread's CPU %.1f), with behaviour %.1f us (%.1f) an"
                        + " account%n", plain.size(), (t1 - t0) / 1e3 / plain.size(), (c1 - c0) / 1e3 / plain.size(),
                        (t2 - t1) / 1e3 / plain.size(), (c2 - c1) / 1e3 / plain.size());
            }
            c.rollback();
        }
        var off = new TriageEvaluator(rules, ZoneId.of("Asia/Shanghai"), 10_000, date,
                dev.collections.policy.RollRates.NONE, null, LiveScore.NONE);
        var on = new TriageEvaluator(rules, ZoneId.of("Asia/Shanghai"), 10_000, date,
                dev.collections.policy.RollRates.NONE, null, live);
        var memory = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        for (int r = 0; r < 6; r++) {
            long b0 = memory.getThreadAllocatedBytes(self);
            long t0 = System.nanoTime();
            for (List<RecordedAccount> chunk : chunks(plain)) off.decide(chunk);
            long b1 = memory.getThreadAllocatedBytes(self);
            long t1 = System.nanoTime();
            for (List<RecordedAccount> chunk : chunks(withBehaviour)) on.decide(chunk);
            long b2 = memory.getThreadAllocatedBytes(self);
            long t2 = System.nanoTime();
            double s = 0;
            for (List<RecordedAccount> chunk : chunks(withBehaviour)) {
                for (var score : live.scores(chunk, date, 0)) {
                    s += score.getProbability();
                }
            }
            long b3 = memory.getThreadAllocatedBytes(self);
            long t3 = System.nanoTime();
            System.out.printf("allocated: off %,d bytes, on %,d, score alone %,d an account%n",
                    (b1 - b0) / plain.size(), (b2 - b1) / plain.size(), (b3 - b2) / plain.size());
            System.out.printf("decide: off %.1f us, on %.1f us, score alone %.1f us (%s)%n",
                    (t1 - t0) / 1e3 / plain.size(), (t2 - t1) / 1e3 / plain.size(), (t3 - t2) / 1e3 / plain.size(),
                    s > 0);
        }
    }

    /** In chunks of 2,000, as the night decides (and scores) them. */
    static List<List<RecordedAccount>> chunks(List<RecordedAccount> accounts) {
        List<List<RecordedAccount>> chunks = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i += 2000) {
            chunks.add(accounts.subList(i, Math.min(accounts.size(), i + 2000)));
        }
        return chunks;
    }

    static String latest(Connection c) throws Exception {
        try (var rs = c.createStatement().executeQuery("SELECT version FROM score_model ORDER BY id DESC")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The first {@code n} accounts in slices of 2,000, as the night reads them (bounded, so the indexes serve). */
    static void read(Connection c, LocalDate asOf, int n, List<RecordedAccount> into) throws Exception {
        List<String> bounds = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT account_id FROM account ORDER BY account_id COLLATE \"C\" LIMIT ?")) {
            s.setInt(1, n);
            try (var rs = s.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    if ((i + 1) % 2000 == 0) {
                        bounds.add(rs.getString(1));
                    }
                }
            }
        }
        String after = null;
        for (String upto : bounds) {
            try (var cursor = new PortfolioCursor(c, SqlDialect.of(c), after, upto, null, 2000, asOf)) {
                while (cursor.hasNext()) {
                    into.add(cursor.next());
                }
            }
            after = upto;
        }
    }
}
