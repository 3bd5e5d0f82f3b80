package dev.collections.policy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The chosen next action. Guardrail rules may only move {@code notBefore} later (contact hours, caps) and add a
 * note; the type is fixed by the selection step. {@code fallbacks}: the rungs below it that the policy allows,
 * highest first, where a team without capacity steps the account down.
 */
public final class NextAction extends Scheduled {
    private final String reason;
    private final List<ActionType> fallbacks;
    private String note;

    public NextAction(ActionType type, OffsetDateTime notBefore, ZoneId zone, String reason, String rule) {
        this(type, notBefore, zone, reason, rule, List.of());
    }

    public NextAction(ActionType type, OffsetDateTime notBefore, ZoneId zone, String reason, String rule,
                      List<ActionType> fallbacks) {
        super(type, notBefore, zone, rule);
        this.reason = reason;
        this.fallbacks = List.copyOf(fallbacks);
    }

    public String getReason() { return reason; }
    public String getNote() { return note; }
    public List<ActionType> getFallbacks() { return fallbacks; }

    public void setNote(String note) { this.note = note; }

    /** One {@link Fallback} per allowed rung below, each starting at this action's moment, for the guardrails. */
    public List<Fallback> fallbackContacts(RuleContext selectionRule) {
        return fallbacks.stream().map(type -> new Fallback(type, getNotBefore(), getZone(),
                selectionRule.getRule().getName())).toList();
    }
}
