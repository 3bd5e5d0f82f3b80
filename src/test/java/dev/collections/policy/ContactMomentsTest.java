package dev.collections.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A contact's windows are computed from its moment's seconds and nanoseconds, read once (issue 29): they answer as
 * the durations they replaced did, on random moments and on the boundaries (exactly N x 24 hours, a nanosecond
 * either side, moments in other offsets).
 */
class ContactMomentsTest {
    private static final Duration DAY = Duration.ofHours(24);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 11, 23, 2, 0, 0, 500, ZoneOffset.UTC);

    @Test
    void windowsAnswerAsTheDurationsDid() {
        Random random = new Random(29);
        List<OffsetDateTime> moments = new ArrayList<>();
        for (int days : new int[] {0, 1, 2, 7, 29, 30, 31, 90}) {
            OffsetDateTime edge = AS_OF.minus(DAY.multipliedBy(days));
            moments.add(edge);
            moments.add(edge.minusNanos(1));
            moments.add(edge.plusNanos(1));
            moments.add(edge.withOffsetSameInstant(ZoneOffset.ofHours(8)));
        }
        for (int i = 0; i < 2_000; i++) {
            moments.add(AS_OF.minusSeconds(random.nextInt(200 * 86_400) - 86_400).minusNanos(random.nextInt(3))
                    .withOffsetSameInstant(ZoneOffset.ofHours(random.nextInt(27) - 12)));
        }
        int checked = 0;
        for (int i = 0; i < moments.size(); i++) {
            Contact c = new Contact(Channel.CALL, ContactOutcome.CONTACTED, moments.get(i), AS_OF, SHANGHAI, i);
            Contact other = new Contact(Channel.CALL, ContactOutcome.CONTACTED, moments.get((i * 7 + 3) % moments.size()),
                    AS_OF, SHANGHAI, (i * 7 + 3) % moments.size());
            for (int days : new int[] {0, 1, 7, 30, 90}) {
                assertEquals(withinLastDays(moments.get(i), days), c.withinLastDays(days), moments.get(i) + " " + days);
                assertEquals(olderThanDays(moments.get(i), days), c.olderThanDays(days), moments.get(i) + " " + days);
                assertEquals(!moments.get(i).toInstant().isBefore(other.getAt().toInstant().plus(DAY.multipliedBy(days))),
                        c.atLeastDaysAfter(other, days), moments.get(i) + " after " + other.getAt() + " " + days);
                checked++;
            }
            int moment = moments.get(i).toInstant().compareTo(other.getAt().toInstant());
            assertEquals(moment > 0 || moment == 0 && i > other.getSequence(), c.laterThan(other));
            assertEquals(moment == 0 && i > other.getSequence(), c.sameMomentAfter(other));
            LocalDate day = AS_OF.toLocalDate().minusDays(random.nextInt(200));
            assertEquals(!moments.get(i).atZoneSameInstant(SHANGHAI).toLocalDate().isBefore(day), c.onOrAfter(day));
        }
        assertEquals(moments.size() * 5, checked);
    }

    private static boolean withinLastDays(OffsetDateTime at, int days) {
        return !at.isAfter(AS_OF) && Duration.between(at.toInstant(), AS_OF.toInstant()).compareTo(DAY.multipliedBy(days)) < 0;
    }

    private static boolean olderThanDays(OffsetDateTime at, int days) {
        return Duration.between(at.toInstant(), AS_OF.toInstant()).compareTo(DAY.multipliedBy(days)) > 0;
    }
}
