package dev.collections.bench.jmh;

import dev.collections.account.RecordedAccount;
import dev.collections.rules.RuleSet;
import dev.collections.triage.TriageEvaluator;
import dev.collections.triage.WorkItem;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure (a) of issue 17: one account decided by the triage's evaluator (facts built from the record, the rules
 * evaluated, the work item shaped), on two threads, with the shipped rules compiled by each build: the classic DRL
 * build the service uses and Drools' executable model built at run time from the same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
public class EngineBenchmark {
    @Param({"classic", "executable-model"})
    public String build;

    @Param("20000")
    public int accounts;

    private List<RecordedAccount> portfolio;
    private TriageEvaluator evaluator;

    @Setup
    public void setUp() throws Exception {
        RuleSet rules = RuleBuilds.compile(build);
        portfolio = Portfolio.due(accounts, rules);
        evaluator = new TriageEvaluator(rules, ZoneId.of("Asia/Shanghai"), 10_000, Portfolio.BUSINESS_DATE);
    }

    /** Each thread walks the portfolio from its own place. */
    @State(Scope.Thread)
    public static class Walk {
        int next = (int) (Thread.currentThread().getId() * 7919);
    }

    @Benchmark
    public WorkItem decideOneAccount(Walk walk) {
        return evaluator.decide(portfolio.get(Math.floorMod(walk.next++, portfolio.size())));
    }
}
