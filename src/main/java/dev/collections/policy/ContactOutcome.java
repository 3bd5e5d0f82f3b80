package dev.collections.policy;

/** What a contact attempt achieved. */
public enum ContactOutcome {
    DELIVERED, NO_ANSWER, CONTACTED, PROMISE_TO_PAY, REFUSED, WRONG_NUMBER, NOT_HOME
}
