package dev.collections.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every recorded contact attempt of the account, whatever its outcome, for counting against contact caps.
 * The caps themselves (how many, over which period) are written in rules/guardrails.drl.
 */
public final class ContactHistory {
    private final List<Contact> contacts;
    private final ZoneId zone;

    public ContactHistory(List<Contact> contacts, ZoneId zone) {
        // by moment; of two at the same moment, in the order given (a stable sort)
        Contact[] sorted = contacts.toArray(new Contact[0]);
        Arrays.sort(sorted, ContactHistory::byMoment);
        this.contacts = List.of(sorted);
        this.zone = zone;
    }

    public List<Contact> getContacts() { return contacts; }

    /** Attempts on a channel during the customer's local calendar day that contains {@code time}. */
    public long attemptsOnLocalDay(Channel channel, OffsetDateTime time) {
        LocalDate day = time.atZoneSameInstant(zone).toLocalDate();
        long attempts = 0;
        for (Contact c : contacts) {
            if (c.getChannel() == channel && c.getLocalDay().equals(day)) {
                attempts++;
            }
        }
        return attempts;
    }

    /** Attempts on a channel in the {@code hours} before {@code time}: an attempt exactly that old no longer counts. */
    public long attemptsInLastHours(Channel channel, OffsetDateTime time, int hours) {
        long attempts = 0;
        for (int i = 0; i < contacts.size(); i++) {
            if (inWindow(i, channel, time, hours)) {
                attempts++;
            }
        }
        return attempts;
    }

    /**
     * The first moment after {@code time} at which fewer than {@code max} attempts on the channel lie in the
     * preceding {@code hours}: when enough of the oldest attempts in the window have aged out.
     */
    public OffsetDateTime whenFewerThanInLastHours(Channel channel, OffsetDateTime time, int hours, int max) {
        List<Contact> window = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            if (inWindow(i, channel, time, hours)) {
                window.add(contacts.get(i));
            }
        }
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

    /** True when the {@code i}-th contact is on the channel, after {@code hours} before {@code time}, not after it. */
    private boolean inWindow(int i, Channel channel, OffsetDateTime time, int hours) {
        Contact c = contacts.get(i);
        if (c.getChannel() != channel) {
            return false;
        }
        long end = time.toEpochSecond();
        int nano = time.getNano();
        return Contact.compare(c.getEpochSecond(), c.getNano(), end - hours * 3_600L, nano) > 0
                && Contact.compare(c.getEpochSecond(), c.getNano(), end, nano) <= 0;
    }

    private static int byMoment(Contact a, Contact b) {
        return Contact.compare(a.getEpochSecond(), a.getNano(), b.getEpochSecond(), b.getNano());
    }
}
