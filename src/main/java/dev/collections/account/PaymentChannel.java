package dev.collections.account;

/** How a payment reached the bank. */
public enum PaymentChannel {
    BANK_TRANSFER, AUTODEBIT, CARD, CASH, OTHER
}
