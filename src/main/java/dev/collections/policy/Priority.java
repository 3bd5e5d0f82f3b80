package dev.collections.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Supplier;
import org.kie.api.runtime.rule.RuleContext;

/**
 * How urgent a decision is when a team cannot work every account in a day: the higher the value, the sooner. The
 * default policy (rules/priority.drl) makes it the expected loss: the balance times the roll-forward rate of the
 * account's stage and next action.
 */
public final class Priority extends Outcome {
    private final BigDecimal value;
    /** How the value was reached, written when someone reads it (the night keeps only the value). */
    private final Supplier<String> basis;

    public Priority(BigDecimal value, String basis, RuleContext rule) {
        this(value, () -> basis, rule);
    }

    private Priority(BigDecimal value, Supplier<String> basis, RuleContext rule) {
        super(rule);
        this.value = value.setScale(2, RoundingMode.HALF_UP);
        this.basis = basis;
    }

    /**
     * {@code balance} times the roll-forward rate of {@code stage} and {@code action}: the one observed in the record
     * when at least {@code minimum} decisions were observed, else {@code defaultRate}.
     */
    public static Priority expectedLoss(BigDecimal balance, RollRates rates, DelinquencyStage stage,
                                        ActionType action, int minimum, double defaultRate, RuleContext rule) {
        return of(balance, rates.rollForwardRate(stage, action, minimum, defaultRate), "roll-forward", rates, stage,
                action, minimum, rule);
    }

    /** As {@link #expectedLoss}, with the rate of not improving (rolled forward or stayed): for the last stage. */
    public static Priority lossWithoutImprovement(BigDecimal balance, RollRates rates, DelinquencyStage stage,
                                                  ActionType action, int minimum, double defaultRate,
                                                  RuleContext rule) {
        return of(balance, rates.notImprovedRate(stage, action, minimum, defaultRate), "no-improvement", rates,
                stage, action, minimum, rule);
    }

    /** {@code balance} times the account's own probability of rolling forward, from its behavioural score. */
    public static Priority scored(BigDecimal balance, Score score, RuleContext rule) {
        BigDecimal shown = fourDecimals(score.getProbability());
        return new Priority(balance.multiply(shown), () -> "balance " + balance.toPlainString() + " x the account's"
                + " probability " + shown.toPlainString() + " of rolling forward (score model " + score.getModel()
                + ")", rule);
    }

    private static Priority of(BigDecimal balance, double rate, String kind, RollRates rates, DelinquencyStage stage,
                               ActionType action, int minimum, RuleContext rule) {
        BigDecimal shown = fourDecimals(rate);
        return new Priority(balance.multiply(shown), () -> basis(balance, shown, kind, rates, stage, action, minimum),
                rule);
    }

    private static String basis(BigDecimal balance, BigDecimal rate, String kind, RollRates rates,
                                DelinquencyStage stage, ActionType action, int minimum) {
        StringBuilder basis = new StringBuilder(96).append("balance ").append(balance.toPlainString()).append(" x ")
                .append(kind).append(" rate ").append(rate.toPlainString()).append(" of ").append(stage.label())
                .append(' ').append(action.name()).append(" (");
        if (rates.observed(stage, action, minimum)) {
            basis.append("observed on ").append(rates.of(stage, action).decisions()).append(" decisions)");
        } else {
            basis.append("default rate, fewer than ").append(minimum).append(" decisions observed)");
        }
        return basis.toString();
    }

    /**
     * A rate to four decimals, half up, exactly as {@code BigDecimal.valueOf(rate).setScale(4, HALF_UP)} gives it,
     * without printing the double (Java 17's {@code Double.toString} was a tenth of the score's cost in the night).
     * Only a rate within a hair of a half (where the two could disagree) takes the printing way.
     */
    static BigDecimal fourDecimals(double rate) {
        double scaled = rate * 10_000;
        if (!(Math.abs(scaled) < 1e12) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
            return BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(Math.round(scaled), 4);
    }

    public BigDecimal getValue() { return value; }
    public String getBasis() { return basis.get(); }
}
