package dev.collections.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The two tests of an experiment's report, challenger against champion, at the 95% level: the two-proportion
 * z-test for rates (pooled standard error for the statistic, unpooled for the confidence interval of the
 * difference, as in most textbooks and R's {@code prop.test(correct = FALSE)}), and Welch's t-test for means (the
 * amount paid and the contacts per account, whose variances differ between arms). The distributions are Apache
 * Commons Math's.
 */
public final class Statistics {
    static final double LEVEL = 0.95;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Statistics() {
    }

    /**
     * Challenger minus champion, its 95% confidence interval, the test statistic and the two-sided p-value; the
     * interval and p-value are null when the data cannot give them (an arm without observations).
     */
    public record Comparison(String test, double champion, double challenger, double difference, Double low,
                             Double high, Double statistic, Double pValue) {

        /** Whether the difference is significant at the 5% level. */
        public boolean significant() {
            return pValue != null && pValue < 1 - LEVEL;
        }

        Comparison scaled(double factor) {
            return new Comparison(test, champion * factor, challenger * factor, difference * factor,
                    low == null ? null : low * factor, high == null ? null : high * factor, statistic, pValue);
        }
    }

    /** {@code x1} of {@code n1} (champion) against {@code x2} of {@code n2} (challenger). */
    public static Comparison proportions(long x1, long n1, long x2, long n2) {
        double p1 = n1 == 0 ? 0 : (double) x1 / n1;
        double p2 = n2 == 0 ? 0 : (double) x2 / n2;
        double difference = p2 - p1;
        if (n1 == 0 || n2 == 0) {
            return new Comparison("two-proportion z", p1, p2, difference, null, null, null, null);
        }
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double pooledError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double error = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double critical = NORMAL.inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
        Double z = pooledError == 0 ? null : difference / pooledError;
        double p = z == null ? (difference == 0 ? 1 : 0) : 2 * NORMAL.cumulativeProbability(-Math.abs(z));
        return new Comparison("two-proportion z", p1, p2, difference, difference - critical * error,
                difference + critical * error, z, p);
    }

    /**
     * Welch's t-test from each arm's count, sum and sum of squares (what the database adds up, so no account's
     * figure leaves it).
     */
    public static Comparison means(long n1, double sum1, double squares1, long n2, double sum2, double squares2) {
        double m1 = n1 == 0 ? 0 : sum1 / n1;
        double m2 = n2 == 0 ? 0 : sum2 / n2;
        double difference = m2 - m1;
        if (n1 < 2 || n2 < 2) {
            return new Comparison("Welch t", m1, m2, difference, null, null, null, null);
        }
        double v1 = Math.max(0, (squares1 - sum1 * sum1 / n1) / (n1 - 1)) / n1;
        double v2 = Math.max(0, (squares2 - sum2 * sum2 / n2) / (n2 - 1)) / n2;
        double error = Math.sqrt(v1 + v2);
        if (error == 0) {
            return new Comparison("Welch t", m1, m2, difference, difference, difference, null,
                    difference == 0 ? 1.0 : 0.0);
        }
        double freedom = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        TDistribution t = new TDistribution(null, freedom);
        double statistic = difference / error;
        double critical = t.inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
        return new Comparison("Welch t", m1, m2, difference, difference - critical * error,
                difference + critical * error, statistic, 2 * t.cumulativeProbability(-Math.abs(statistic)));
    }
}
