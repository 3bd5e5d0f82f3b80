package dev.collections.policy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A contact of one rung and the earliest moment it may happen. The guardrails (contact hours, caps) match this
 * type, so they move the chosen action and each fallback rung alike; they may only move {@code notBefore} later.
 */
public abstract class Scheduled extends Outcome {
    private final ActionType type;
    private final ZoneId zone;
    private OffsetDateTime notBefore;

    protected Scheduled(ActionType type, OffsetDateTime notBefore, ZoneId zone, String rule) {
        super(rule);
        this.type = type;
        this.zone = zone;
        this.notBefore = notBefore.atZoneSameInstant(zone).toOffsetDateTime();
    }

    public ActionType getType() { return type; }
    public OffsetDateTime getNotBefore() { return notBefore; }
    public ZoneId getZone() { return zone; }

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
