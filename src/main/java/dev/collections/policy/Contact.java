package dev.collections.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One past contact attempt. Time windows are rolling: "the last N days" is the N x 24 hours before asOf. Of two
 * contacts at the same moment, the one listed later in the request, or recorded later, is the later (rev. 2.1):
 * {@link #getSequence} is its place in that order.
 */
public final class Contact {
    private static final long DAY_SECONDS = 24 * 60 * 60;

    private final Channel channel;
    private final ContactOutcome outcome;
    private final OffsetDateTime at;
    private final OffsetDateTime asOf;
    private final ZoneId zone;
    private final int sequence;
    /** The moments as seconds and nanoseconds of the epoch and the local calendar day: computed once, not per rule. */
    private final long atSecond;
    private final int atNano;
    private final long asOfSecond;
    private final int asOfNano;
    private final LocalDate localDay;

    /** {@code sequence}: the contact's place among the account's contacts as listed or recorded (rev. 2.1). */
    public Contact(Channel channel, ContactOutcome outcome, OffsetDateTime at, OffsetDateTime asOf, ZoneId zone,
                   int sequence) {
        this.sequence = sequence;
        this.channel = channel;
        this.outcome = outcome;
        this.at = at;
        this.asOf = asOf;
        this.zone = zone;
        this.atSecond = at.toEpochSecond();
        this.atNano = at.getNano();
        this.asOfSecond = asOf.toEpochSecond();
        this.asOfNano = asOf.getNano();
        this.localDay = at.atZoneSameInstant(zone).toLocalDate();
    }

    public Channel getChannel() { return channel; }
    public ContactOutcome getOutcome() { return outcome; }
    public OffsetDateTime getAt() { return at; }
    public int getSequence() { return sequence; }
    /** The customer's local calendar day of the attempt. */
    public LocalDate getLocalDay() { return localDay; }
    /** The attempt's moment: seconds of the epoch, and the nanoseconds within that second. */
    public long getEpochSecond() { return atSecond; }
    public int getNano() { return atNano; }

    /**
     * True when this contact came after {@code other}: at a later moment, or at the same moment and listed or
     * recorded after it (rev. 2.1).
     */
    public boolean laterThan(Contact other) {
        int moment = compare(atSecond, atNano, other.atSecond, other.atNano);
        return moment > 0 || moment == 0 && sequence > other.sequence;
    }

    /** True when this contact is at the same moment as {@code other} and listed or recorded after it (rev. 2.1). */
    public boolean sameMomentAfter(Contact other) {
        return compare(atSecond, atNano, other.atSecond, other.atNano) == 0 && sequence > other.sequence;
    }

    /**
     * True when the attempt happened in the last {@code days} x 24 hours and not after asOf. An attempt exactly
     * that old is outside the window, as for the contact caps (policy.md G3).
     */
    public boolean withinLastDays(int days) {
        return compare(atSecond, atNano, asOfSecond, asOfNano) <= 0
                && compare(atSecond, atNano, asOfSecond - days * DAY_SECONDS, asOfNano) > 0;
    }

    /** True when the attempt happened more than {@code days} x 24 hours before asOf. */
    public boolean olderThanDays(int days) {
        return compare(atSecond, atNano, asOfSecond - days * DAY_SECONDS, asOfNano) < 0;
    }

    /** True when this attempt happened at least {@code days} x 24 hours after {@code other}. */
    public boolean atLeastDaysAfter(Contact other, int days) {
        return compare(atSecond, atNano, other.atSecond + days * DAY_SECONDS, other.atNano) >= 0;
    }

    /** True when the attempt happened on {@code day} or later, by the calendar in the customer's time zone. */
    public boolean onOrAfter(LocalDate day) {
        return !localDay.isBefore(day);
    }

    /** Two moments, each as seconds and nanoseconds of the epoch, compared. */
    static int compare(long second, int nano, long otherSecond, int otherNano) {
        int bySecond = Long.compare(second, otherSecond);
        return bySecond != 0 ? bySecond : Integer.compare(nano, otherNano);
    }
}
