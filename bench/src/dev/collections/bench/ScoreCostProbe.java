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
 * decided without and with the latest stored model (ScoreBench stores one), and the score alone. Microseconds an
 * account; reading includes the database's time, which the night overlaps with deciding.
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
            for (int r = 0; r < 3; r++) {
                plain.clear(); withBehaviour.clear();
                long t0 = System.nanoTime();
                read(c, null, n, plain);
                long t1 = System.nanoTime();
                read(c, date, n, withBehaviour);
                long t2 = System.nanoTime();
                System.out.printf("read %d: plain %.1f us, with behaviour %.1f us an account%n", plain.size(),
                        (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n);
            }
            c.rollback();
        }
        var off = new TriageEvaluator(rules, ZoneId.of("Asia/Shanghai"), 10_000, date,
                dev.collections.policy.RollRates.NONE, null, LiveScore.NONE);
        var on = new TriageEvaluator(rules, ZoneId.of("Asia/Shanghai"), 10_000, date,
                dev.collections.policy.RollRates.NONE, null, live);
        for (int r = 0; r < 6; r++) {
            long t0 = System.nanoTime();
            for (RecordedAccount x : plain) off.decide(x);
            long t1 = System.nanoTime();
            for (RecordedAccount x : withBehaviour) on.decide(x);
            long t2 = System.nanoTime();
            double s = 0;
            for (RecordedAccount x : withBehaviour) s += live.score(x.behaviour(), x.history(), date).getProbability();
            long t3 = System.nanoTime();
            System.out.printf("decide: off %.1f us, on %.1f us, score alone %.1f us (%s)%n", (t1 - t0) / 1e3 / n,
                    (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, s > 0);
        }
    }

    static String latest(Connection c) throws Exception {
        try (var rs = c.createStatement().executeQuery("SELECT version FROM score_model ORDER BY id DESC")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void read(Connection c, LocalDate asOf, int n, List<RecordedAccount> into) throws Exception {
        try (var cursor = new PortfolioCursor(c, SqlDialect.of(c), null, null, null, 2000, asOf)) {
            while (cursor.hasNext() && into.size() < n) {
                into.add(cursor.next());
            }
        }
    }
}
