package dev.collections.console;

import dev.collections.rules.AssessmentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as the console shows them: local time in the business zone, to the minute (no UTC, no nanoseconds). */
@ApplicationScoped
@jakarta.inject.Named("time")
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

    /** For templates ({@code inject:time.local(…)}): a moment in the console's zone, to the minute. */
    public String local(OffsetDateTime moment) {
        return of(moment);
    }

    /** For templates ({@code inject:time.zoneName(lang)}): the business zone as people of {@code lang} name it. */
    public String zoneName(String lang) {
        return zone.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag(lang));
    }

    public String of(Instant moment) {
        return moment == null ? null : moment.atZone(zone).format(WHEN);
    }
}
