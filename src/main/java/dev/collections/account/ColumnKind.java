package dev.collections.account;

import dev.collections.policy.Channel;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What kind of value a column of the account table holds: its JDBC type, how a row's value is read by column name,
 * how the value is written, and how an extract's cell reads as it ({@code expected} says what a cell must be).
 */
public record ColumnKind<T>(int type, Reader<T> reader, Function<T, Object> writer, Function<String, T> parser,
                            String expected) {
    private static final ChannelSetConverter CHANNEL_SET = new ChannelSetConverter();

    /** How a value is read from a row by column name. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rs, String column) throws SQLException;
    }

    public static final ColumnKind<String> TEXT = new ColumnKind<>(Types.VARCHAR, ResultSet::getString, v -> v,
            v -> v, "text");
    public static final ColumnKind<Integer> WHOLE_NUMBER = new ColumnKind<>(Types.INTEGER,
            (rs, n) -> rs.getObject(n, Integer.class), v -> v, Integer::valueOf, "a whole number");
    public static final ColumnKind<BigDecimal> AMOUNT = new ColumnKind<>(Types.DECIMAL, ResultSet::getBigDecimal,
            v -> v, BigDecimal::new, "a decimal number");
    public static final ColumnKind<LocalDate> DATE = new ColumnKind<>(Types.DATE,
            (rs, n) -> rs.getObject(n, LocalDate.class), v -> v, LocalDate::parse, "a date like 2026-11-23");
    public static final ColumnKind<Boolean> FLAG = new ColumnKind<>(Types.BOOLEAN,
            (rs, n) -> rs.getObject(n, Boolean.class), v -> v, ColumnKind::flag, "true or false");
    /** Channels: stored comma-separated, sent in an extract separated by {@code ;}; read in a stable order. */
    public static final ColumnKind<List<Channel>> CHANNELS = new ColumnKind<>(Types.VARCHAR,
            (rs, n) -> CHANNEL_SET.convertToEntityAttribute(rs.getString(n)).stream().sorted().toList(),
            v -> CHANNEL_SET.convertToDatabaseColumn(v == null ? Set.of() : Set.copyOf(v)),
            v -> Arrays.stream(v.split(";")).map(String::trim).map(Channel::valueOf).distinct().toList(),
            "channels separated by ; from " + Arrays.toString(Channel.values()));

    /** One of an enumeration's names. */
    public static <E extends Enum<E>> ColumnKind<E> choice(Class<E> type) {
        return new ColumnKind<>(Types.VARCHAR, (rs, n) -> HistoryRows.enumOf(type, rs.getString(n)), Enum::name,
                v -> Enum.valueOf(type, v), "one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** The value as the column stores it (null stays null). */
    Object toColumn(T value) {
        return value == null ? null : writer.apply(value);
    }

    private static Boolean flag(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(v);
        };
    }
}
