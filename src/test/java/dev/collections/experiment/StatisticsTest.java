package dev.collections.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The report's tests against values published or computed elsewhere: R's {@code prop.test(..., correct = FALSE)}
 * (its X-squared is z squared) and Python's {@code statistics.NormalDist} for the proportions; R's Welch
 * {@code t.test(extra ~ group, data = sleep)} for the means.
 */
class StatisticsTest {

    @Test
    void aTwoProportionDifferenceOfThreePointsOnAThousandEachIsSignificant() {
        // 100/1000 cured (champion) against 130/1000 (challenger): R gives X-squared = 4.4215, p-value = 0.03549,
        // 95% interval of the difference 0.002068 to 0.057932
        var c = Statistics.proportions(100, 1000, 130, 1000);
        assertEquals(0.03, c.difference(), 1e-12);
        assertEquals(4.42152, c.statistic() * c.statistic(), 1e-5);
        assertEquals(0.0354885, c.pValue(), 1e-6);
        assertEquals(0.0020679, c.low(), 1e-6);
        assertEquals(0.0579321, c.high(), 1e-6);
        assertTrue(c.significant());
    }

    @Test
    void oneHundredthOnThreeThousandEachIsNot() {
        // 300/3000 against 330/3000: z = 1.263396, p = 0.206447, interval -0.005511 to 0.025511
        var c = Statistics.proportions(300, 3000, 330, 3000);
        assertEquals(1.263396, c.statistic(), 1e-6);
        assertEquals(0.206447, c.pValue(), 1e-6);
        assertEquals(-0.005511, c.low(), 1e-6);
        assertEquals(0.025511, c.high(), 1e-6);
        assertFalse(c.significant());
    }

    @Test
    void welchsTestMatchesRsOnTheSleepData() {
        // R: t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939,
        // 95% interval -3.3654832 to 0.2054832 (group 1 minus group 2); here group 2 is the champion
        double[] group1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] group2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        var c = Statistics.means(10, sum(group2), squares(group2), 10, sum(group1), squares(group1));
        assertEquals(-1.58, c.difference(), 1e-12);
        assertEquals(-1.8608, c.statistic(), 1e-4);
        assertEquals(0.07939, c.pValue(), 1e-5);
        assertEquals(-3.3654832, c.low(), 1e-6);
        assertEquals(0.2054832, c.high(), 1e-6);
        assertFalse(c.significant());
    }

    @Test
    void anArmWithoutObservationsGivesNoInterval() {
        var c = Statistics.proportions(0, 0, 5, 10);
        assertNull(c.pValue());
        assertNull(c.low());
        var m = Statistics.means(1, 5, 25, 10, 50, 300);
        assertNull(m.pValue());
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double squares(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        return s;
    }
}
