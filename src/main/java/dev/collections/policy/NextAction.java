package dev.collections.policy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The chosen next action. Guardrail rules may only move {@code notBefore} later (contact hours, caps) and add a
 * note; the type is fixed by the selection step. {@code fallbacks}: the rungs below it that the policy allows,
 * highest first, where a team without capacity steps the account down.
 */
public final class NextAction extends Scheduled {
    private final List<ActionType> fallbacks;
    private Explanation reason;

    public NextAction(ActionType type, OffsetDateTime notBefore, ZoneId zone, Explanation reason, String rule) {
        this(type, notBefore, zone, reason, rule, List.of());
    }

    public NextAction(ActionType type, OffsetDateTime notBefore, ZoneId zone, Explanation reason, String rule,
                      List<ActionType> fallbacks) {
        super(type, notBefore, zone, rule);
        this.reason = reason;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** Why, in no language: the rules' language files say it (rules/language/*.yaml). */
    public Explanation getReason() { return reason; }
    /** The key of the note a rule added (rules/language/*.yaml, notes), or null. */
    public String getNote() { return reason.note(); }
    public List<ActionType> getFallbacks() { return fallbacks; }

    /** A note on the action, by its key in the rules' language files (rules/language/*.yaml, notes). */
    public void setNote(String note) { this.reason = reason.withNote(note); }

    /** One {@link Fallback} per allowed rung below, each starting at this action's moment, for the guardrails. */
    public List<Fallback> fallbackContacts(RuleContext selectionRule) {
        List<Fallback> contacts = new ArrayList<>(fallbacks.size());
        for (ActionType type : fallbacks) {
            contacts.add(new Fallback(type, getNotBefore(), getZone(), selectionRule.getRule().getName()));
        }
        return contacts;
    }
}
