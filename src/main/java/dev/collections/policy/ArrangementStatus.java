package dev.collections.policy;

/** Where a repayment arrangement stands. */
public enum ArrangementStatus {
    ACTIVE, COMPLETED, BROKEN
}
