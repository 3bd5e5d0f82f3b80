package dev.collections.bench.jmh;

import dev.collections.rules.RuleSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reload latency: the time to compile and check the shipped rules directory, as a hot reload does, with each
 * build. The first compile in a fresh JVM (the service's start) and the later ones (a reload) are both reported:
 * single shots, three forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 4)
public class ReloadBenchmark {
    @Param({"classic", "executable-model"})
    public String build;

    @Benchmark
    public RuleSet compileTheRulesDirectory() {
        RuleSet set = RuleBuilds.compile(build);
        if (!set.isValid()) {
            throw new IllegalStateException("the shipped rules do not compile with the " + build + " build: "
                    + set.errors());
        }
        return set;
    }
}
