package dev.collections.policy;

/** What happens to the credit bureau report. */
public enum CreditDecision {
    NONE, REPORT, HOLD, NOTIFY_FIRST
}
