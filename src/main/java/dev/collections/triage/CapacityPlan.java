package dev.collections.triage;

import dev.collections.policy.ActionType;
import dev.collections.rules.CapacityTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The capacity of each team on one business date: the operator's overrides for that date where there are any,
 * else the weekly default of the rule set's capacity.csv. No limit where neither names one.
 */
public record CapacityPlan(LocalDate date, CapacityTable defaults, Map<CapacityTable.Key, OptionalInt> overrides) {

    /** The accounts {@code channel} can work in {@code region} on the date; empty when unlimited. */
    public OptionalInt capacity(ActionType channel, String region) {
        OptionalInt override = CapacityTable.lookup(overrides, channel, region);
        if (override != null) {
            return override;
        }
        Integer limit = defaults.capacity(channel, region, date);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** Every row that applies on the date (overrides over defaults), for the summary and GET. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        overrides.forEach((key, value) -> all.add(new Entry(key.channel(), key.region().isEmpty() ? null : key.region(),
                value.isPresent() ? value.getAsInt() : null, Entry.Source.OVERRIDE)));
        defaults.limits().forEach((key, limit) -> {
            if (!overrides.containsKey(key)) {
                all.add(new Entry(key.channel(), key.region().isEmpty() ? null : key.region(), limit.on(date),
                        Entry.Source.DEFAULT));
            }
        });
        all.sort(java.util.Comparator.comparing(Entry::channel).thenComparing(e -> String.valueOf(e.region())));
        return all;
    }

    /** One team's capacity on the date: null capacity is unlimited. */
    public record Entry(ActionType channel, String region, Integer capacity, Source source) {
        public enum Source { DEFAULT, OVERRIDE }
    }
}
