package dev.collections.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One past contact attempt. Time windows are rolling: "the last N days" is the N x 24 hours before asOf. Of two
 * contacts at the same moment, the one listed later in the request, or recorded later, is the later (rev. 2.1):
 * {@link #getSequence} is its place in that order.
 */
public final class Contact {
    private static final Duration DAY = Duration.ofHours(24);

    private final Channel channel;
    private final ContactOutcome outcome;
    private final OffsetDateTime at;
    private final OffsetDateTime asOf;
    private final ZoneId zone;
    private final int sequence;

    /** {@code sequence}: the contact's place among the account's contacts as listed or recorded (rev. 2.1). */
    public Contact(Channel channel, ContactOutcome outcome, OffsetDateTime at, OffsetDateTime asOf, ZoneId zone,
                   int sequence) {
        this.sequence = sequence;
        this.channel = channel;
        this.outcome = outcome;
        this.at = at;
        this.asOf = asOf;
        this.zone = zone;
    }

    public Channel getChannel() { return channel; }
    public ContactOutcome getOutcome() { return outcome; }
    public OffsetDateTime getAt() { return at; }
    public int getSequence() { return sequence; }

    /**
     * True when this contact came after {@code other}: at a later moment, or at the same moment and listed or
     * recorded after it (rev. 2.1).
     */
    public boolean laterThan(Contact other) {
        int moment = at.toInstant().compareTo(other.at.toInstant());
        return moment > 0 || moment == 0 && sequence > other.sequence;
    }

    /** True when this contact is at the same moment as {@code other} and listed or recorded after it (rev. 2.1). */
    public boolean sameMomentAfter(Contact other) {
        return at.toInstant().equals(other.at.toInstant()) && sequence > other.sequence;
    }

    /**
     * True when the attempt happened in the last {@code days} x 24 hours and not after asOf. An attempt exactly
     * that old is outside the window, as for the contact caps (policy.md G3).
     */
    public boolean withinLastDays(int days) {
        return !at.isAfter(asOf) && age().compareTo(DAY.multipliedBy(days)) < 0;
    }

    /** True when the attempt happened more than {@code days} x 24 hours before asOf. */
    public boolean olderThanDays(int days) {
        return age().compareTo(DAY.multipliedBy(days)) > 0;
    }

    /** True when this attempt happened at least {@code days} x 24 hours after {@code other}. */
    public boolean atLeastDaysAfter(Contact other, int days) {
        return !at.toInstant().isBefore(other.at.toInstant().plus(DAY.multipliedBy(days)));
    }

    /** True when the attempt happened on {@code day} or later, by the calendar in the customer's time zone. */
    public boolean onOrAfter(LocalDate day) {
        return !at.atZoneSameInstant(zone).toLocalDate().isBefore(day);
    }

    private Duration age() {
        return Duration.between(at.toInstant(), asOf.toInstant());
    }
}
