package dev.collections.bench;

import dev.collections.common.CommandConfig;
import dev.collections.common.CommandLogging;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.triage.TriageRun;
import dev.collections.triage.TriageRunner;
import dev.collections.triage.TriageSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The night's finish (issue 29, item 5: each team's allocation, the lists and the summary) of the imported
 * portfolio, timed as the run's summary records it: the whole night {@code rounds} times in one JVM, each on a
 * vacuumed table, the first a warm-up (bench/README.md).
 *
 *   java -cp "$CP" dev.collections.bench.FinishProbe jdbc:postgresql://127.0.0.1:5432/collections_bench_1000000 4
 */
public final class FinishProbe {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private FinishProbe() {
    }

    public static void main(String[] a) throws Exception {
        CommandLogging.quiet();
        var db = CommandConfig.load().database(a[0]);
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 4;
        LocalDate date = LocalDate.parse("2026-11-23");
        RuleSet rules = new RuleSetCompiler().compile(Path.of("rules"));
        var settings = new TriageSettings(2_000, Runtime.getRuntime().availableProcessors(), 5_000,
                Duration.ofMinutes(2), Path.of("bench/work/out-finish"), ZONE, 10_000);
        for (int round = 0; round < rounds; round++) {
            TriageBench.forget(db, date);
            TriageBench.vacuum(db);
            long t0 = System.nanoTime();
            var night = new TriageRunner(db, settings).run(date, rules, TriageRun.Trigger.BENCHMARK, (run, n) -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d%s: %,d accounts in %.1f s; allocation %s s, lists and summary %s s%n", round,
                    round == 0 ? " (warm-up)" : "", night.run().processed(), seconds,
                    TriageBench.summaryField(db, date, "allocationSeconds"),
                    TriageBench.summaryField(db, date, "exportSeconds"));
        }
        System.exit(0);
    }
}
