package dev.collections.policy;

/** A channel through which the customer was (or may be) contacted. */
public enum Channel {
    SMS, CALL, HOME_VISIT, LETTER
}
