package dev.collections.policy;

/** How likely the account is to roll forward by its score, by the cut-offs in parameters.drl. */
public enum ScoreBand {
    LOW, MEDIUM, HIGH
}
