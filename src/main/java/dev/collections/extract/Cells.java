package dev.collections.extract;

import dev.collections.policy.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Typed cells of one extract row; a cell that does not read as its type names its column and why. */
final class Cells {
    private final Map<String, String> row;

    Cells(Map<String, String> row) {
        this.row = row;
    }

    String text(String column) {
        return row.get(column);
    }

    Integer integer(String column) {
        return read(column, Integer::valueOf, "a whole number");
    }

    BigDecimal decimal(String column) {
        return read(column, BigDecimal::new, "a decimal number");
    }

    LocalDate date(String column) {
        return read(column, LocalDate::parse, "a date like 2026-11-23");
    }

    OffsetDateTime moment(String column) {
        return read(column, OffsetDateTime::parse, "a timestamp with offset like 2026-11-23T09:30:00+08:00");
    }

    Boolean flag(String column) {
        return read(column, v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException();
        }, "true or false");
    }

    <E extends Enum<E>> E choice(String column, Class<E> type) {
        return read(column, v -> Enum.valueOf(type, v), "one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** Channels separated by {@code ;}. */
    List<Channel> channels(String column) {
        return read(column, v -> Arrays.stream(v.split(";")).map(String::trim).map(Channel::valueOf).distinct().toList(),
                "channels separated by ; from " + Arrays.toString(Channel.values()));
    }

    /** Recall reasons separated by {@code ;}. */
    java.util.List<dev.collections.policy.RecallReason> recallReasons(String column) {
        return read(column, v -> Arrays.stream(v.split(";")).map(String::trim)
                .map(dev.collections.policy.RecallReason::valueOf).distinct().toList(), "recall reasons separated by"
                + " ; from " + Arrays.toString(dev.collections.policy.RecallReason.values()));
    }

    /** The cell of {@code column} read by {@code parse}, null when blank; {@code expected} says what it must be. */
    <T> T read(String column, java.util.function.Function<String, T> parse, String expected) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(column + ": must be " + expected);
        }
    }
}
