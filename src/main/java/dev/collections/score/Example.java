package dev.collections.score;

import java.util.Map;

/**
 * One account to learn from or to judge a model on: its record as the score reads it, what happened after
 * ({@code outcome}: 1 for the event the model predicts), when it was observed (the time-ordered split) and, for the
 * report only, the groups it belongs to (on UCI: sex and age band) and its delinquency stage (the baseline that
 * ranks by the stage's observed rate). Groups are never features.
 */
public record Example(String accountId, ScoreHistory history, int outcome, long observedAt,
                      Map<String, String> groups, String stage) {
    public Example {
        groups = Map.copyOf(groups);
    }
}
