package dev.collections.rules;

import dev.collections.common.CsvReader;
import dev.collections.policy.ActionType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each team's daily capacity by default, from {@code rules/capacity.csv}: one row per channel (and, for home
 * visits, per region, {@code *} for every other region) with the accounts it can work on a weekday and on a
 * weekend day; {@code unlimited} or a channel without a row has no limit. Lines starting with {@code #} are notes.
 * Operators override a date through the API.
 */
public record CapacityTable(Map<Key, Limit> limits) {
    public static final String FILE = "capacity.csv";
    public static final String ANY_REGION = "*";
    public static final CapacityTable UNLIMITED = new CapacityTable(Map.of());

    /** A channel and a region ("" for a channel without regions). */
    public record Key(ActionType channel, String region) {
    }

    /** A day's capacity on weekdays and on weekends; null is unlimited. */
    public record Limit(Integer weekdays, Integer weekends) {
        public Integer on(LocalDate date) {
            DayOfWeek day = date.getDayOfWeek();
            return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? weekends : weekdays;
        }
    }

    /** The default capacity of {@code channel} in {@code region} on {@code date}: null when unlimited. */
    public Integer capacity(ActionType channel, String region, LocalDate date) {
        Limit limit = lookup(limits, channel, region);
        return limit == null ? null : limit.on(date);
    }

    /** The row of a channel and region: the region's own, else {@code *}'s, else the channel's. */
    public static <V> V lookup(Map<Key, V> rows, ActionType channel, String region) {
        V row = region == null || region.isEmpty() ? null : rows.get(new Key(channel, region));
        if (row == null) {
            row = rows.get(new Key(channel, ANY_REGION));
        }
        return row != null ? row : rows.get(new Key(channel, ""));
    }

    /** The table a file holds, or the analyst-readable mistakes in it. */
    public static Parsed parse(String text) {
        List<String> errors = new ArrayList<>();
        Map<Key, Limit> limits = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).stripLeading().startsWith("#")) {
                kept.add(i + 1);
            }
        }
        String withoutNotes = kept.stream().map(n -> lines.get(n - 1)).collect(Collectors.joining("\n"));
        try {
            CsvReader csv = new CsvReader(new BufferedReader(new StringReader(withoutNotes)));
            if (!csv.header().containsAll(List.of("channel", "region", "weekdays", "weekends"))) {
                return new Parsed(UNLIMITED, List.of("the header (the first line that is not a note) must be"
                        + " channel,region,weekdays,weekends"));
            }
            for (Map<String, String> row = next(csv, errors); row != null; row = next(csv, errors)) {
                int line = csv.line() - 1 < kept.size() ? kept.get(csv.line() - 1) : csv.line();
                row(row, line, limits, errors);
            }
        } catch (IOException e) {
            errors.add("could not be read");
        }
        return new Parsed(new CapacityTable(Map.copyOf(limits)), errors);
    }

    private static Map<String, String> next(CsvReader csv, List<String> errors) throws IOException {
        while (true) {
            try {
                return csv.next();
            } catch (IllegalArgumentException e) {
                errors.add("line " + csv.line() + ": " + e.getMessage());
            }
        }
    }

    private static void row(Map<String, String> row, int line, Map<Key, Limit> limits, List<String> errors) {
        String where = "line " + line + ": ";
        ActionType channel;
        try {
            channel = ActionType.valueOf(String.valueOf(row.get("channel")));
        } catch (IllegalArgumentException e) {
            errors.add(where + "channel must be one of SMS, CALL, HOME_VISIT, LEGAL_ACTION, not " + row.get("channel"));
            return;
        }
        String region = row.get("region") == null ? "" : row.get("region");
        if (channel == ActionType.NONE
                || !(region.isEmpty() || region.equals(ANY_REGION) || region.matches("[0-9]{6}"))
                || (!region.isEmpty() && channel != ActionType.HOME_VISIT)) {
            errors.add(where + "region must be empty, * or a 6-digit district code, and only home visits have"
                    + " regions");
            return;
        }
        Integer weekdays = count(row.get("weekdays"), where + "weekdays", errors);
        Integer weekends = count(row.get("weekends"), where + "weekends", errors);
        if (limits.put(new Key(channel, region), new Limit(weekdays, weekends)) != null) {
            errors.add(where + channel + (region.isEmpty() ? "" : " in " + region) + " is listed twice");
        }
    }

    private static Integer count(String cell, String what, List<String> errors) {
        if (cell == null || cell.equalsIgnoreCase("unlimited")) {
            return null;
        }
        try {
            int n = Integer.parseInt(cell.replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(what + " must be a whole number of accounts (0 or more) or unlimited, not " + cell);
        return null;
    }

    public record Parsed(CapacityTable table, List<String> errors) {
    }
}
