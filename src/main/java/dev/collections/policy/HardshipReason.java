package dev.collections.policy;

/** Why the customer declared hardship. */
public enum HardshipReason {
    UNEMPLOYMENT, SERIOUS_ILLNESS, NATURAL_DISASTER, DEATH_IN_FAMILY, INCOME_REDUCTION, OTHER
}
