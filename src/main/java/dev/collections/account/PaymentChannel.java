package dev.collections.account;

/** How a payment reached the bank. */
public enum PaymentChannel {
    BANK_TRANSFER, AUTODEBIT, CARD, CASH, OTHER,
    /** Collected by a collection agency the account was placed with (policy.md rev. 3). */
    AGENCY
}
