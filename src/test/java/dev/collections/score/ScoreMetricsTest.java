package dev.collections.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The figures a score's report gives, on cases small enough to work out by hand. */
class ScoreMetricsTest {

    @Test
    void aPerfectRankingHasAnAucOfOneAReversedOneOfZeroAndTiesAHalf() {
        int[] outcome = {0, 0, 1, 1};
        assertEquals(1.0, Metrics.of(new double[] {0.1, 0.2, 0.8, 0.9}, outcome).auc(), 1e-12);
        assertEquals(0.0, Metrics.of(new double[] {0.9, 0.8, 0.2, 0.1}, outcome).auc(), 1e-12);
        assertEquals(0.5, Metrics.of(new double[] {0.5, 0.5, 0.5, 0.5}, outcome).auc(), 1e-12);
        assertEquals(0.75, Metrics.of(new double[] {0.1, 0.6, 0.5, 0.9}, outcome).auc(), 1e-12);
    }

    @Test
    void ksBrierAndCalibration() {
        Metrics m = Metrics.of(new double[] {0.1, 0.2, 0.8, 0.9}, new int[] {0, 0, 1, 1});
        assertEquals(1.0, m.ks(), 1e-12);
        assertEquals((0.01 + 0.04 + 0.04 + 0.01) / 4, m.brier(), 1e-12);
        double[] half = new double[20];
        int[] alternate = new int[20];
        for (int i = 0; i < 20; i++) {
            half[i] = 0.5;
            alternate[i] = i % 2;
        }
        assertEquals(0.0, Metrics.of(half, alternate).calibrationError(), 1e-12);
        int[] allEvents = new int[20];
        java.util.Arrays.fill(allEvents, 1);
        assertEquals(0.5, Metrics.of(half, allEvents).calibrationError(), 1e-12);
    }
}
