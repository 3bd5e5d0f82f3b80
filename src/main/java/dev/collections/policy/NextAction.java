package dev.collections.policy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The chosen next action. Guardrail rules may only move {@code notBefore} later (contact hours, caps) and add a
 * note; the type is fixed by the selection step.
 */
public final class NextAction extends Outcome {
    private final ActionType type;
    private final ZoneId zone;
    private final String reason;
    private final List<ActionType> fallbacks;
    private OffsetDateTime notBefore;
    private String note;

    public NextAction(ActionType type, OffsetDateTime notBefore, ZoneId zone, String reason, String rule) {
        this(type, notBefore, zone, reason, rule, List.of());
    }

    /** {@code fallbacks}: the rungs below {@code type} that the policy allows, highest first (capacity steps down). */
    public NextAction(ActionType type, OffsetDateTime notBefore, ZoneId zone, String reason, String rule,
                      List<ActionType> fallbacks) {
        super(rule);
        this.type = type;
        this.fallbacks = List.copyOf(fallbacks);
        this.zone = zone;
        this.reason = reason;
        this.notBefore = notBefore.atZoneSameInstant(zone).toOffsetDateTime();
    }

    public ActionType getType() { return type; }
    public OffsetDateTime getNotBefore() { return notBefore; }
    public String getReason() { return reason; }
    public String getNote() { return note; }
    public List<ActionType> getFallbacks() { return fallbacks; }

    public void setNote(String note) { this.note = note; }

    /** True when {@code notBefore}, in the customer's local time, is before {@code from}:00 or at/after {@code until}:00. */
    public boolean outsideLocalHours(int from, int until) {
        int hour = notBefore.atZoneSameInstant(zone).getHour();
        return hour < from || hour >= until;
    }

    /** Moves {@code notBefore} to the next {@code hour}:00 in the customer's local time. */
    public void postponeToLocalHour(int hour) {
        var local = notBefore.atZoneSameInstant(zone);
        LocalDate day = local.toLocalTime().isBefore(LocalTime.of(hour, 0)) ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        postponeTo(day.atTime(hour, 0).atZone(zone).toOffsetDateTime());
    }

    /** Moves {@code notBefore} to {@code time}, never earlier than it already is. */
    public void postponeTo(OffsetDateTime time) {
        if (time.isAfter(notBefore)) {
            notBefore = time.atZoneSameInstant(zone).toOffsetDateTime();
        }
    }
}
