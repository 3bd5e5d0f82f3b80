package dev.collections.policy;

/** Relief the bank offers a customer. */
public enum ReliefType {
    LATE_FEE_WAIVER, DEFERRAL, INSTALLMENT_PLAN, PENALTY_INTEREST_WAIVER
}
