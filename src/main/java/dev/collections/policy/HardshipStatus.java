package dev.collections.policy;

/** Where a hardship case stands. */
public enum HardshipStatus {
    DECLARED, VERIFIED, REJECTED
}
