package dev.collections.policy;

/** Kind of repayment arrangement. */
public enum ArrangementType {
    INSTALLMENT, DEFERRAL
}
