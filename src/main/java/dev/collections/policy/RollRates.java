package dev.collections.policy;

import java.util.Map;

/**
 * How often accounts rolled forward to a later stage within the first outcome horizon after a decision, observed in
 * the record per stage and next action over the configured window. One instance per run (refreshed once, not per
 * account); {@link #NONE} where nothing has been observed (a single assessment, a scenario, a fresh record), so the
 * rules' default rates apply.
 */
public final class RollRates {
    private static final Observed NOTHING = new Observed(0, 0, 0);
    public static final RollRates NONE = new RollRates(Map.of());

    /** By stage and action ordinal: the rules ask for every account, so no key is built per question. */
    private final Observed[][] observed;

    public RollRates(Map<String, Observed> observed) {
        this.observed = new Observed[DelinquencyStage.values().length][ActionType.values().length];
        for (DelinquencyStage stage : DelinquencyStage.values()) {
            for (ActionType action : ActionType.values()) {
                this.observed[stage.ordinal()][action.ordinal()] = observed.getOrDefault(key(stage, action), NOTHING);
            }
        }
    }

    public static String key(DelinquencyStage stage, ActionType action) {
        return stage.name() + ":" + action.name();
    }

    /** The decisions of a stage and action whose outcome is known, and how many of them rolled forward or stayed. */
    public record Observed(long decisions, long rolledForward, long stayed) {
        public double rollForwardRate() {
            return decisions == 0 ? 0 : (double) rolledForward / decisions;
        }

        /** Rolled forward or stayed: in the last stage, where nothing is later, how often it did not improve. */
        public double notImprovedRate() {
            return decisions == 0 ? 0 : (double) (rolledForward + stayed) / decisions;
        }
    }

    public Observed of(DelinquencyStage stage, ActionType action) {
        return observed[stage.ordinal()][action.ordinal()];
    }

    /** The observed roll-forward rate when at least {@code minimum} decisions were observed, else {@code defaultRate}. */
    public double rollForwardRate(DelinquencyStage stage, ActionType action, int minimum, double defaultRate) {
        return observed(stage, action, minimum) ? of(stage, action).rollForwardRate() : defaultRate;
    }

    /** The observed rate of not improving when at least {@code minimum} decisions were observed, else the default. */
    public double notImprovedRate(DelinquencyStage stage, ActionType action, int minimum, double defaultRate) {
        return observed(stage, action, minimum) ? of(stage, action).notImprovedRate() : defaultRate;
    }

    public boolean observed(DelinquencyStage stage, ActionType action, int minimum) {
        long decisions = of(stage, action).decisions();
        return decisions >= minimum && decisions > 0;
    }
}
