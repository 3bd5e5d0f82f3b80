package dev.collections.bench.jmh;

import dev.collections.account.AccountHistory;
import dev.collections.account.Behaviour;
import dev.collections.account.RecordedAccount;
import dev.collections.score.FeatureBuilder;
import dev.collections.score.ScoreHistories;
import dev.collections.score.ScoreModel;
import dev.collections.score.ScoreTrainer;
import dev.collections.score.Split;
import dev.collections.score.UciExamples;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The behavioural score's own work in a night (issue 31), per account, for a chunk of the night (2,000 accounts of
 * the engine benchmarks' portfolio, each with the history {@code ScoreBench} gives the night's accounts: six month
 * ends and a payment every other month): the record read as features ({@link ScoreHistories}, {@link FeatureBuilder}),
 * the trees walked without reasons, and both, as {@code LiveScore.scores} does for the triage. The model is the
 * service's own trainer's on the UCI portfolio (300 trees of depth 4). Run from the repository's root
 * ({@code bench/run-engine.sh ScoreBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScoreBenchmark {
    private static final int CHUNK = 2_000;

    private final List<Behaviour> behaviours = new ArrayList<>();
    private final List<AccountHistory> histories = new ArrayList<>();
    private final List<float[]> features = new ArrayList<>();
    private ScoreModel model;

    @Setup
    public void setUp() throws Exception {
        model = ScoreTrainer.train("UCI", "default", Split.seeded(UciExamples.read(UciExamples.DATA), 42, 0.3), 42)
                .model();
        List<RecordedAccount> accounts = Portfolio.due(CHUNK * 5 / 4, RuleBuilds.compile("classic"));
        for (RecordedAccount a : accounts.subList(0, Math.min(CHUNK, accounts.size()))) {
            var s = a.snapshot();
            List<Behaviour.Position> positions = new ArrayList<>();
            List<Behaviour.Paid> payments = new ArrayList<>();
            for (int k = 6; k >= 1; k--) {
                var monthEnd = YearMonth.from(Portfolio.BUSINESS_DATE).minusMonths(k).atEndOfMonth();
                positions.add(new Behaviour.Position(monthEnd, Math.max(s.daysPastDue() - 30 * k, 0),
                        s.overdueAmount(), s.outstandingBalance()));
                if ((a.accountId().charAt(a.accountId().length() - 1) + k) % 2 == 0) {
                    payments.add(new Behaviour.Paid(monthEnd.minusDays(10).atTime(12, 0)
                            .atOffset(ZoneOffset.ofHours(8)), java.math.BigDecimal.valueOf(
                            100 + a.accountId().length() * 37 % 900)));
                }
            }
            behaviours.add(new Behaviour(positions, payments));
            histories.add(a.history());
        }
        features.addAll(features());
    }

    private List<float[]> features() {
        List<float[]> rows = new ArrayList<>(behaviours.size());
        for (int i = 0; i < behaviours.size(); i++) {
            rows.add(FeatureBuilder.features(ScoreHistories.of(behaviours.get(i), histories.get(i),
                    Portfolio.BUSINESS_DATE)));
        }
        return rows;
    }

    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public List<float[]> featuresOfAChunk() {
        return features();
    }

    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public List<ScoreModel.Scored> treesOfAChunk() {
        return model.score(features, 0);
    }

    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public List<ScoreModel.Scored> scoreAChunk() {
        return model.score(features(), 0);
    }
}
