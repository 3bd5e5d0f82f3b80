package dev.collections.policy;

/** The rungs of the escalation ladder, lowest first. */
public enum ActionType {
    NONE, SMS, CALL, HOME_VISIT, LEGAL_ACTION;

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
        return this == NONE ? NONE : values()[ordinal() - 1];
    }
}
