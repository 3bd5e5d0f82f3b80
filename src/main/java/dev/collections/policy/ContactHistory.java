package dev.collections.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every recorded contact attempt of the account, whatever its outcome, for counting against contact caps.
 * The caps themselves (how many, over which period) are written in rules/guardrails.drl.
 */
public final class ContactHistory {
    private final List<Contact> contacts;
    private final ZoneId zone;
    /** Each contact's moment and local calendar day, in the order of {@link #contacts}: computed once. */
    private final Instant[] moments;
    private final LocalDate[] localDays;

    public ContactHistory(List<Contact> contacts, ZoneId zone) {
        this.contacts = contacts.stream().sorted(Comparator.comparing(c -> c.getAt().toInstant())).toList();
        this.zone = zone;
        this.moments = new Instant[this.contacts.size()];
        this.localDays = new LocalDate[this.contacts.size()];
        for (int i = 0; i < moments.length; i++) {
            OffsetDateTime at = this.contacts.get(i).getAt();
            moments[i] = at.toInstant();
            localDays[i] = at.atZoneSameInstant(zone).toLocalDate();
        }
    }

    public List<Contact> getContacts() { return contacts; }

    /** Attempts on a channel during the customer's local calendar day that contains {@code time}. */
    public long attemptsOnLocalDay(Channel channel, OffsetDateTime time) {
        LocalDate day = time.atZoneSameInstant(zone).toLocalDate();
        long attempts = 0;
        for (int i = 0; i < localDays.length; i++) {
            if (contacts.get(i).getChannel() == channel && localDays[i].equals(day)) {
                attempts++;
            }
        }
        return attempts;
    }

    /** Attempts on a channel in the {@code hours} before {@code time}: an attempt exactly that old no longer counts. */
    public long attemptsInLastHours(Channel channel, OffsetDateTime time, int hours) {
        return inWindow(channel, time, hours).size();
    }

    /**
     * The first moment after {@code time} at which fewer than {@code max} attempts on the channel lie in the
     * preceding {@code hours}: when enough of the oldest attempts in the window have aged out.
     */
    public OffsetDateTime whenFewerThanInLastHours(Channel channel, OffsetDateTime time, int hours, int max) {
        List<Contact> window = inWindow(channel, time, hours);
        if (window.size() < max) {
            return time;
        }
        Contact leaving = window.get(window.size() - max);
        return leaving.getAt().plus(Duration.ofHours(hours)).atZoneSameInstant(zone).toOffsetDateTime();
    }

    /** The start of the customer's next local calendar day after {@code time}. */
    public OffsetDateTime startOfNextLocalDay(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    private List<Contact> inWindow(Channel channel, OffsetDateTime time, int hours) {
        Instant end = time.toInstant();
        Instant start = end.minus(Duration.ofHours(hours));
        List<Contact> window = new ArrayList<>();
        for (int i = 0; i < moments.length; i++) {
            if (contacts.get(i).getChannel() == channel && moments[i].isAfter(start) && !moments[i].isAfter(end)) {
                window.add(contacts.get(i));
            }
        }
        return window;
    }
}
