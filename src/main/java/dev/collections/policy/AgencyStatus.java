package dev.collections.policy;

/** A collection agency's standing with the bank (rev. 3): only an ACTIVE one is given accounts. */
public enum AgencyStatus {
    ACTIVE, SUSPENDED, ENDED
}
