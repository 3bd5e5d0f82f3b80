package dev.collections.policy;

/** Why a credit report is held back. */
public enum HoldReason {
    WITHIN_GRACE, OPEN_DISPUTE, PAYMENT_IN_TRANSIT, AUTODEBIT_FAILURE, ACTIVE_ARRANGEMENT
}
