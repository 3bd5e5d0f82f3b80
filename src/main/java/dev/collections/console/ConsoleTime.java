package dev.collections.console;

import dev.collections.rules.AssessmentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as the console shows them: local time in the business zone, to the minute (no UTC, no nanoseconds). */
@ApplicationScoped
public class ConsoleTime {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ZoneId zone;

    public ConsoleTime(AssessmentConfig config) {
        this.zone = config.defaultTimezone();
    }

    public ZoneId zone() {
        return zone;
    }

    public String of(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(zone).format(WHEN);
    }

    public String of(Instant moment) {
        return moment == null ? null : moment.atZone(zone).format(WHEN);
    }
}
