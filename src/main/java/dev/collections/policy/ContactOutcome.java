package dev.collections.policy;

/** What a contact attempt achieved. */
public enum ContactOutcome {
    DELIVERED, NO_ANSWER, CONTACTED, PROMISE_TO_PAY, REFUSED, WRONG_NUMBER, NOT_HOME,
    /** The customer asked for a repayment plan (rev. 2): an effective collection. */
    PLAN_REQUESTED
}
