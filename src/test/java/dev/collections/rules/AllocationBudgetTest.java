package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.model.AccountFacts;
import dev.collections.model.ContactFacts;
import dev.collections.model.CustomerFacts;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.RiskGrade;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The guard against a slower night (issue 29): the heap one decision allocates, measured with the JVM's own count
 * of this thread's allocations over a few thousand decisions of a seeded portfolio shaped like the benchmark's
 * (every stage, one to five contacts, some cases), must stay within 20% of the budget kept in
 * {@code src/test/resources/allocation-budget.properties}. Allocation is deterministic where time is not: a change
 * that makes every decision do more work shows here on any machine. When a change lowers it, lower the budget.
 */
class AllocationBudgetTest {
    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 4_000;
    private static final double ALLOWED_GROWTH = 1.20;
    private static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 11, 23, 2, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void oneDecisionAllocatesNoMoreThanItsBudget() throws IOException {
        long budget = budget();
        long measured = bytesPerDecision();
        System.out.printf("allocation per decision: %,d bytes (budget %,d, ceiling %,d)%n", measured, budget,
                (long) (budget * ALLOWED_GROWTH));
        assertTrue(measured <= budget * ALLOWED_GROWTH, String.format("one decision allocates %,d bytes, more than"
                + " 20%% over the budget of %,d (allocation-budget.properties): find what the change added per"
                + " decision (bench/README.md), or raise the budget in the same commit and say why", measured, budget));
    }

    /** The bytes one decision allocates, on this thread, after the engine is warm. */
    static long bytesPerDecision() {
        RuleSet rules = new RuleSetCompiler().compileForCommand(Path.of("rules"));
        Assessor assessor = new Assessor(Clock.fixed(AS_OF.toInstant(), ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"),
                10_000);
        List<AccountFacts> portfolio = portfolio(WARM_UP + MEASURED);
        for (int i = 0; i < WARM_UP; i++) {
            assessor.assess(portfolio.get(i), rules);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = WARM_UP; i < WARM_UP + MEASURED; i++) {
            assessor.assess(portfolio.get(i), rules);
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / MEASURED;
    }

    private static long budget() throws IOException {
        Properties p = new Properties();
        try (InputStream in = AllocationBudgetTest.class.getResourceAsStream("/allocation-budget.properties")) {
            p.load(in);
        }
        return Long.parseLong(p.getProperty("bytes-per-decision").trim());
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
