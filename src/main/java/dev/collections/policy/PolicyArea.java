package dev.collections.policy;

/** The policy area a candidate action comes from; their precedence is set in rules/selection.drl. */
public enum PolicyArea {
    DECEASED, OPEN_DISPUTE, REGULATOR_COMPLAINT, ARRANGEMENT, HARDSHIP, AGENCY, PROMISE, LADDER
}
