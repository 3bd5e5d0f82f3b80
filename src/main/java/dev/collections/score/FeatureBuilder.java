package dev.collections.score;

import dev.collections.policy.ScoreFeature;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one feature builder: an account's {@link ScoreHistory} as the numbers a model reads, one per
 * {@link ScoreFeature} in its order. Training and deciding both call it, so a model never sees a feature computed
 * another way than it was trained on. A feature that cannot be known (no limit, no earlier position) is NaN, which
 * the model treats as missing.
 */
public final class FeatureBuilder {
    public static final int COUNT = ScoreFeature.values().length;
    private static final float MISSING = Float.NaN;

    private FeatureBuilder() {
    }

    public static float[] features(ScoreHistory h) {
        float[] f = new float[COUNT];
        List<ScoreHistory.Position> p = h.positions();
        int n = p.size();
        ScoreHistory.Position last = n == 0 ? null : p.get(n - 1);
        set(f, ScoreFeature.DAYS_PAST_DUE, last == null ? MISSING : last.daysPastDue());
        set(f, ScoreFeature.DAYS_PAST_DUE_TREND, n < 4 ? MISSING : last.daysPastDue() - p.get(n - 4).daysPastDue());
        int worst = 0;
        int late6 = 0;
        int paid6 = 0;
        double paidSum = 0;
        double balanceSum = 0;
        for (int i = Math.max(0, n - 6); i < n; i++) {
            ScoreHistory.Position x = p.get(i);
            worst = Math.max(worst, x.daysPastDue());
            late6 += x.daysPastDue() > 0 ? 1 : 0;
            paid6 += x.paidCents() > 0 ? 1 : 0;
            paidSum += amount(x.paidCents());
            balanceSum += amount(x.balanceCents());
        }
        int late12 = 0;
        for (int i = Math.max(0, n - 12); i < n; i++) {
            late12 += p.get(i).daysPastDue() > 0 ? 1 : 0;
        }
        int run = 0;
        for (int i = n - 1; i >= 0 && p.get(i).daysPastDue() > 0; i--) {
            run++;
        }
        set(f, ScoreFeature.WORST_DAYS_PAST_DUE_6, n == 0 ? MISSING : worst);
        set(f, ScoreFeature.MONTHS_DELINQUENT_6, late6);
        set(f, ScoreFeature.MONTHS_DELINQUENT_12, late12);
        set(f, ScoreFeature.MONTHS_DELINQUENT_RUN, run);
        set(f, ScoreFeature.OVERDUE_AMOUNT, last == null ? MISSING : nearest(last.overdueCents()));
        set(f, ScoreFeature.OUTSTANDING_BALANCE, last == null ? MISSING : nearest(last.balanceCents()));
        set(f, ScoreFeature.BALANCE_TREND, n < 4 ? MISSING
                : ratio(amount(last.balanceCents()), amount(p.get(n - 4).balanceCents())));
        set(f, ScoreFeature.UTILISATION, last == null || h.creditLimit() == null || h.creditLimit().signum() <= 0
                ? MISSING : ratio(amount(last.balanceCents()), h.creditLimit().doubleValue()));
        set(f, ScoreFeature.PAID_LAST_MONTH, last == null ? MISSING : nearest(last.paidCents()));
        set(f, ScoreFeature.PAYMENT_RATIO_LAST, n < 2 ? MISSING
                : ratio(amount(last.paidCents()), amount(p.get(n - 2).balanceCents())));
        set(f, ScoreFeature.PAYMENT_RATIO_6, balanceSum <= 0 ? MISSING : (float) Math.min(paidSum / balanceSum, 10));
        set(f, ScoreFeature.MONTHS_PAID_6, paid6);
        ScoreHistory.Conduct c = h.conduct();
        set(f, ScoreFeature.PROMISES_MADE, c.promisesMade());
        set(f, ScoreFeature.PROMISES_KEPT, c.promisesKept());
        set(f, ScoreFeature.PROMISES_BROKEN, c.promisesBroken());
        set(f, ScoreFeature.RIGHT_PARTY_CONTACTS, c.rightPartyContacts());
        set(f, ScoreFeature.REFUSALS, c.refusals());
        set(f, ScoreFeature.ARRANGEMENTS_BROKEN, c.arrangementsBroken());
        set(f, ScoreFeature.ARRANGEMENT_ACTIVE, c.arrangementActive() ? 1 : 0);
        set(f, ScoreFeature.OPEN_CASES, c.openCases());
        return f;
    }

    private static void set(float[] f, ScoreFeature feature, float value) {
        f[feature.ordinal()] = value;
    }

    /** a / b, at most 10; missing when b is not positive. */
    private static float ratio(double a, double b) {
        return b <= 0 ? MISSING : (float) Math.min(a / b, 10);
    }

    /**
     * An amount in cents as the double nearest to it, as {@code BigDecimal.doubleValue} gives it (both exact
     * operands, one correctly rounded division), without making the {@code BigDecimal}.
     */
    private static double amount(long cents) {
        return cents / 100.0;
    }

    /**
     * An amount in cents as the float nearest to it, as {@code BigDecimal.floatValue} gives it: one correctly rounded
     * division of exact operands while the cents are exact as a float, the decimal's own rounding above that.
     */
    private static float nearest(long cents) {
        return Math.abs(cents) < 1 << 24 ? (float) cents / 100f : BigDecimal.valueOf(cents, 2).floatValue();
    }
}
