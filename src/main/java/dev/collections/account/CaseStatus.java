package dev.collections.account;

/** Whether a dispute or complaint is still being handled. */
public enum CaseStatus {
    OPEN, CLOSED
}
