package dev.collections.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The business dates the API accepts: a date further than a year from today is a typo, not a day's work. */
public final class BusinessDates {
    /** How far from today a business date may be, in days. */
    public static final int MAX_DAYS_AWAY = 366;

    private BusinessDates() {
    }

    /** A business date named in a path ({@code /triage-runs/2026-11-23}): anything else names no resource (404). */
    public static LocalDate inPath(String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, "A business date is written like 2026-11-23");
        }
    }

    /** A date of positions or payments: today or before, at most {@link #MAX_DAYS_AWAY} days back. */
    public static Violations past(Violations v, String field, LocalDate date, LocalDate today) {
        return v.check(date == null || !date.isAfter(today), field, "must not be after today (" + today + ")")
                .check(date == null || ChronoUnit.DAYS.between(date, today) <= MAX_DAYS_AWAY, field,
                        "must be within " + MAX_DAYS_AWAY + " days before today");
    }

    /** A date to plan for (capacity): today or later, at most {@link #MAX_DAYS_AWAY} days ahead. */
    public static Violations coming(Violations v, String field, LocalDate date, LocalDate today) {
        return v.check(date == null || !date.isBefore(today), field, "must be today (" + today + ") or later")
                .check(date == null || ChronoUnit.DAYS.between(today, date) <= MAX_DAYS_AWAY, field,
                        "must be within " + MAX_DAYS_AWAY + " days after today");
    }
}
