package dev.collections.policy;

/**
 * The rungs of the escalation ladder, lowest first. AGENCY_PLACEMENT (rev. 3, AG2) hands the account to a licensed
 * collection agency: above the bank's own home visit, below legal action.
 */
public enum ActionType {
    NONE, SMS, CALL, HOME_VISIT, AGENCY_PLACEMENT, LEGAL_ACTION;

    /** The rungs, lowest first: one array, not a copy of {@code values()} a call. */
    private static final ActionType[] RUNGS = values();

    /** The action that uses a contact channel, or null for a channel that is not an action (LETTER). */
    public static ActionType of(Channel channel) {
        return switch (channel) {
            case SMS -> SMS;
            case CALL -> CALL;
            case HOME_VISIT -> HOME_VISIT;
            case LETTER -> null;
        };
    }

    public ActionType lower() {
        return this == NONE ? NONE : RUNGS[ordinal() - 1];
    }
}
