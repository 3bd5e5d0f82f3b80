package dev.collections.common;

import java.math.BigDecimal;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/** Collects the rules a request breaks, then throws them all at once as one 422 problem. */
public final class Violations {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;
    private final List<Problem.Violation> list = new ArrayList<>();

    public Violations add(String field, String message) {
        list.add(new Problem.Violation(field, message));
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        return ok ? this : add(field, message);
    }

    public Violations required(String field, Object value) {
        return check(value != null, field, "is required");
    }

    public Violations range(String field, Integer value, int min, int max) {
        // the message is made only for a broken rule: a kept rule makes no text
        return value == null || (value >= min && value <= max) ? this
                : add(field, "must be between " + min + " and " + max);
    }

    public Violations text(String field, String value, int maxLength) {
        return value == null || (!value.isBlank() && value.length() <= maxLength
                && value.chars().noneMatch(Character::isISOControl)) ? this
                : add(field, "must be 1-" + maxLength + " characters, none of them control characters");
    }

    /** An amount: zero or more, below 10^15, at most 2 decimals. */
    public Violations amount(String field, BigDecimal value, boolean isRequired) {
        if (value == null) {
            return isRequired ? add(field, "is required") : this;
        }
        if (value.signum() < 0) {
            return add(field, "must be zero or more");
        }
        if (value.compareTo(MAX_AMOUNT) >= 0) {
            return add(field, "must be less than " + MAX_AMOUNT.toPlainString());
        }
        // a scale of 2 or less needs no stripping (stripping only lowers it); 1.500 does
        return check(value.scale() <= 2 || value.stripTrailingZeros().scale() <= 2, field,
                "must have at most 2 decimals");
    }

    /** A timestamp or date within years 1900-2999: beyond them date arithmetic would overflow, and no case needs it. */
    public Violations moment(String field, Temporal value) {
        return check(inYears(value), field, "must be in the years " + FIRST_YEAR + "-" + LAST_YEAR);
    }

    /** Whether {@link #moment} would accept the value (a missing value passes: {@code required} is its own rule). */
    public static boolean inYears(Temporal value) {
        if (value == null) {
            return true;
        }
        int year = value.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public List<Problem.Violation> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw ProblemException.validation(list);
        }
    }
}
