package dev.collections.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A priority's rate is shown to four decimals the same way whichever path rounds it. */
class PriorityTest {
    private static BigDecimal printed(double rate) {
        return BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP);
    }

    @Test
    void ratesRoundAsTheirPrintedValueDoes() {
        SplittableRandom random = new SplittableRandom(31);
        for (int i = 0; i < 1_000_000; i++) {
            double rate = i % 2 == 0 ? random.nextDouble() : random.nextInt(100_001) / 100_000.0;
            assertEquals(printed(rate), Priority.fourDecimals(rate), () -> "rate " + rate);
        }
    }

    @Test
    void halvesRoundUpAndTheEndsKeepFourDecimals() {
        for (double rate : new double[] {0.12345, 0.00005, 0.99995, 0.5, 0.0, 1.0, 0.1, 1e-9, 0.30000000000000004}) {
            assertEquals(printed(rate), Priority.fourDecimals(rate), () -> "rate " + rate);
            assertEquals(4, Priority.fourDecimals(rate).scale());
        }
        assertEquals(new BigDecimal("0.1235"), Priority.fourDecimals(0.12345));
    }
}
