package dev.collections.policy;

/** Where a promise to pay stands. */
public enum PromiseStatus {
    PENDING, KEPT, BROKEN
}
