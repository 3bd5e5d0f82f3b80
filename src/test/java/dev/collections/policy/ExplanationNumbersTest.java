package dev.collections.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An amount in a reason is written as {@code String.format(Locale.ROOT, "%,d")} wrote it, without the formatter. */
class ExplanationNumbersTest {
    @Test
    void amountsAreGroupedByThousandsAsTheFormatterDid() {
        Random random = new Random(29);
        long[] edges = {0, 1, -1, 999, 1_000, -1_000, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000, -999_999,
                -1_000_000, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long n : edges) {
            assertEquals(String.format(Locale.ROOT, "%,d", n), Explanation.grouped(n));
        }
        for (int i = 0; i < 20_000; i++) {
            long n = random.nextLong() >> random.nextInt(64);
            assertEquals(String.format(Locale.ROOT, "%,d", n), Explanation.grouped(n));
        }
        assertEquals("5,000", Explanation.written(new BigDecimal("5000.00")));
        assertEquals("1234.50", Explanation.written(new BigDecimal("1234.50")));
    }
}
