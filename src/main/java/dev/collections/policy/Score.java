package dev.collections.policy;

import java.util.List;

/**
 * The behavioural score of the account (docs/score.md), inserted beside it when a model is live: the probability
 * that the account rolls forward (the event the live model was trained on), the features that raised it most, and
 * the model's version. No live model, no Score: the rules then decide as they did before there was one.
 */
public final class Score {
    private final double probability;
    private final List<ScoreFeature> reasons;
    private final String model;

    public Score(double probability, List<ScoreFeature> reasons, String model) {
        this.probability = probability;
        this.reasons = List.copyOf(reasons);
        this.model = model;
    }

    public double getProbability() { return probability; }
    /** The features that raised the probability most, largest first (at most three). */
    public List<ScoreFeature> getReasons() { return reasons; }
    public String getModel() { return model; }
}
