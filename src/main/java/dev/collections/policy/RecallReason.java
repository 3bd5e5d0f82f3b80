package dev.collections.policy;

/** Why an account placed with an agency comes back to the bank (rev. 3, AG4 and AG5). */
public enum RecallReason {
    OPEN_DISPUTE, OPEN_COMPLAINT, HARDSHIP_DECLARED, ACTIVE_ARRANGEMENT, VULNERABLE_CUSTOMER, DECEASED, PAID,
    AGENCY_SUSPENDED, AGENCY_ENDED, PLACEMENT_ENDED
}
