package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.account.Behaviour;
import dev.collections.model.AccountFacts;
import dev.collections.model.ContactFacts;
import dev.collections.model.CustomerFacts;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.RiskGrade;
import dev.collections.policy.RollRates;
import dev.collections.policy.Score;
import dev.collections.score.FeatureBuilder;
import dev.collections.score.ScoreHistories;
import dev.collections.score.ScoreModel;
import dev.collections.score.ScoreTrainer;
import dev.collections.score.Split;
import dev.collections.score.UciExamples;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The guard against a slower night (issue 29): the heap one decision allocates, measured with the JVM's own count
 * of this thread's allocations over a few thousand decisions of a seeded portfolio shaped like the benchmark's
 * (every stage, one to five contacts, some cases), must stay within 20% of the budget kept in
 * {@code src/test/resources/allocation-budget.properties}, and so must a decision with a live behavioural score (its
 * history, features and score included) and the night's path (the decision without the API's answer). Allocation is deterministic where time is not: a change
 * that makes every decision do more work shows here on any machine. When a change lowers it, lower the budget.
 */
class AllocationBudgetTest {
    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 4_000;
    private static final double ALLOWED_GROWTH = 1.20;
    private static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 11, 23, 2, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void oneDecisionAllocatesNoMoreThanItsBudget() throws IOException {
        withinBudget("decision", bytesPerDecision(), budget("bytes-per-decision"));
    }

    /**
     * The night's path (issue 29): the same accounts' facts and the rules' decision, without the answer the API
     * shapes (an id, the reason in English, the priority's basis); the night keeps the decision as a work item.
     */
    @Test
    void oneNightDecisionAllocatesNoMoreThanItsBudget() throws IOException {
        withinBudget("night's decision", bytesPer((assessor, rules, account) -> assessor.decide(
                assessor.facts(account), rules, RollRates.NONE)), budget("bytes-per-night-decision"));
    }

    /**
     * The same with a live behavioural score (issue 31): each account's history (six month ends, some payments) read
     * into its features, a chunk scored together as the night scores it, and each decided with its Score.
     */
    @Test
    void oneScoredDecisionAllocatesNoMoreThanItsBudget() throws IOException {
        withinBudget("scored decision", bytesPerScoredDecision(), budget("bytes-per-scored-decision"));
    }

    private static void withinBudget(String what, long measured, long budget) {
        System.out.printf("allocation per %s: %,d bytes (budget %,d, ceiling %,d)%n", what, measured, budget,
                (long) (budget * ALLOWED_GROWTH));
        assertTrue(measured <= budget * ALLOWED_GROWTH, String.format("one %s allocates %,d bytes, more than"
                + " 20%% over the budget of %,d (allocation-budget.properties): find what the change added per"
                + " decision (bench/README.md), or raise the budget in the same commit and say why", what, measured,
                budget));
    }

    /** The bytes one decision allocates, on this thread, after the engine is warm. */
    static long bytesPerDecision() {
        return bytesPer((assessor, rules, account) -> assessor.assess(account, rules));
    }

    /** One way of deciding an account, as a path of the service takes it. */
    interface DecisionPath {
        void decide(Assessor assessor, RuleSet rules, AccountFacts account);
    }

    /** The bytes {@code path} allocates an account, on this thread, after the engine is warm. */
    static long bytesPer(DecisionPath path) {
        RuleSet rules = new RuleSetCompiler().compileForCommand(Path.of("rules"));
        Assessor assessor = new Assessor(Clock.fixed(AS_OF.toInstant(), ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"),
                10_000);
        List<AccountFacts> portfolio = portfolio(WARM_UP + MEASURED);
        for (int i = 0; i < WARM_UP; i++) {
            path.decide(assessor, rules, portfolio.get(i));
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = WARM_UP; i < WARM_UP + MEASURED; i++) {
            path.decide(assessor, rules, portfolio.get(i));
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / MEASURED;
    }

    /** The bytes one scored decision allocates, its share of its chunk's scoring included, after a warm-up. */
    static long bytesPerScoredDecision() throws IOException {
        RuleSet rules = new RuleSetCompiler().compileForCommand(Path.of("rules"));
        Assessor assessor = new Assessor(Clock.fixed(AS_OF.toInstant(), ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"),
                10_000);
        ScoreModel model = ScoreTrainer.train("UCI", "default", Split.seeded(UciExamples.read(UciExamples.DATA), 42,
                0.3), 42).model();
        List<AccountFacts> portfolio = portfolio(WARM_UP + MEASURED);
        List<Behaviour> behaviours = behaviours(WARM_UP + MEASURED);
        decideScored(assessor, rules, model, portfolio, behaviours, 0, WARM_UP);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        decideScored(assessor, rules, model, portfolio, behaviours, WARM_UP, WARM_UP + MEASURED);
        return (threads.getCurrentThreadAllocatedBytes() - before) / MEASURED;
    }

    /** Accounts {@code from} to {@code to}, in chunks of 1,000: the chunk's features, its scores, its decisions. */
    private static void decideScored(Assessor assessor, RuleSet rules, ScoreModel model, List<AccountFacts> accounts,
                                     List<Behaviour> behaviours, int from, int to) {
        for (int start = from; start < to; start += 1_000) {
            int end = Math.min(to, start + 1_000);
            List<float[]> features = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                features.add(FeatureBuilder.features(ScoreHistories.of(behaviours.get(i), null, AS_OF.toLocalDate())));
            }
            List<ScoreModel.Scored> scored = model.score(features, 0); // the night asks for no reasons
            for (int i = start; i < end; i++) {
                ScoreModel.Scored s = scored.get(i - start);
                assessor.assess(accounts.get(i), rules, RollRates.NONE, new Score(s.probability(), s.reasons(),
                        "budget"));
            }
        }
    }

    /** Six month ends before the decision for each account, and a payment in about half of those months. */
    static List<Behaviour> behaviours(int n) {
        Random random = new Random(31L);
        List<Behaviour> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Behaviour.Position> positions = new ArrayList<>();
            List<Behaviour.Paid> payments = new ArrayList<>();
            for (int k = 6; k >= 1; k--) {
                LocalDate monthEnd = YearMonth.from(AS_OF).minusMonths(k).atEndOfMonth();
                BigDecimal balance = BigDecimal.valueOf(1_000 + random.nextInt(99_000));
                positions.add(new Behaviour.Position(monthEnd, random.nextInt(120),
                        balance.multiply(BigDecimal.valueOf(random.nextInt(60) + 1, 2)), balance));
                if (random.nextBoolean()) {
                    payments.add(new Behaviour.Paid(monthEnd.minusDays(10).atTime(12, 0).atOffset(ZoneOffset.UTC),
                            BigDecimal.valueOf(100 + random.nextInt(5_000))));
                }
            }
            all.add(new Behaviour(positions, payments));
        }
        return all;
    }

    private static long budget(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AllocationBudgetTest.class.getResourceAsStream("/allocation-budget.properties")) {
            p.load(in);
        }
        return Long.parseLong(p.getProperty(key).trim());
    }

    /** Seeded accounts across the ladder, as the benchmark's generator shapes them. */
    static List<AccountFacts> portfolio(int n) {
        Random random = new Random(20261206L);
        List<AccountFacts> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int days = random.nextInt(200);
            BigDecimal balance = BigDecimal.valueOf(1_000 + random.nextInt(99_000));
            BigDecimal overdue = balance.multiply(BigDecimal.valueOf(random.nextInt(60) + 1, 2));
            List<ContactFacts> contacts = new ArrayList<>();
            for (int c = 1 + random.nextInt(5); c > 0; c--) {
                contacts.add(new ContactFacts(Channel.values()[random.nextInt(3)],
                        AS_OF.minusHours(1 + random.nextInt(24 * 60)),
                        ContactOutcome.values()[random.nextInt(ContactOutcome.values().length)]));
            }
            CustomerFacts customer = new CustomerFacts(false, random.nextInt(40) == 0, random.nextBoolean(),
                    random.nextInt(5) > 0, random.nextBoolean(), List.of());
            all.add(new AccountFacts("ALLOC-" + i, AS_OF, "Asia/Shanghai", "CNY", days, overdue, balance,
                    random.nextBoolean() ? balance.multiply(new BigDecimal("0.9")) : null,
                    RiskGrade.values()[random.nextInt(RiskGrade.values().length)], customer, null, null, null, null,
                    null, contacts, null));
        }
        return all;
    }
}
