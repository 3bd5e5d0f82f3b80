package dev.collections.simulation;

import dev.collections.model.Assessment;
import dev.collections.policy.ActionType;
import dev.collections.rules.CapacityTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the floor would do with a simulated side's decisions: each team's capacity of the simulated date (the side's
 * capacity.csv; operators' overrides are not simulated) allocated by priority exactly as the nightly triage does
 * (docs/priority.md: from the highest rung down, each district's visits on their own, the accounts beyond capacity
 * stepping down to the next rung their policy allows; ties in portfolio order, which for the stored portfolio is
 * account id order). It keeps a few bytes per account (rung, allowed rungs, priority), never the facts.
 */
final class FloorAllocation {
    private static final List<ActionType> TOP_DOWN = List.of(ActionType.LEGAL_ACTION, ActionType.HOME_VISIT,
            ActionType.CALL, ActionType.SMS);
    private static final ActionType[] RUNGS = ActionType.values();

    private final Map<String, Integer> regionIds = new HashMap<>();
    private final List<String> regions = new ArrayList<>(List.of(""));
    private int[] region = new int[1024];
    private final Side live = new Side();
    private final Side candidate = new Side();
    private int size;

    void add(String accountRegion, Assessment before, Assessment after) {
        if (size == region.length) {
            region = Arrays.copyOf(region, size * 2);
        }
        region[size] = accountRegion == null ? 0
                : regionIds.computeIfAbsent(accountRegion, r -> { regions.add(r); return regions.size() - 1; });
        live.add(size, before);
        candidate.add(size, after);
        size++;
    }

    /** The next actions after each side's capacity, from (live) -> to (candidate), and each side's step-downs. */
    Result allocate(CapacityTable liveCapacity, CapacityTable candidateCapacity, LocalDate date) {
        byte[] before = live.allocate(liveCapacity, date);
        byte[] after = candidate.allocate(candidateCapacity, date);
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            matrix.computeIfAbsent(RUNGS[before[i]].name(), k -> new TreeMap<>())
                    .merge(RUNGS[after[i]].name(), 1, Integer::sum);
        }
        return new Result(matrix, live.steppedDown(before), candidate.steppedDown(after));
    }

    record Result(Map<String, Map<String, Integer>> nextActions, Map<String, Integer> liveSteppedDown,
                  Map<String, Integer> candidateSteppedDown) {
    }

    /** One side's decisions: the rung, the rungs allowed below it (a bit per rung) and the priority. */
    private final class Side {
        private byte[] action = new byte[1024];
        private byte[] allowed = new byte[1024];
        private double[] priority = new double[1024];

        void add(int i, Assessment a) {
            if (i == action.length) {
                action = Arrays.copyOf(action, i * 2);
                allowed = Arrays.copyOf(allowed, i * 2);
                priority = Arrays.copyOf(priority, i * 2);
            }
            action[i] = (byte) a.nextAction().type().ordinal();
            byte mask = 0;
            for (Assessment.Step step : a.nextAction().fallbacks()) {
                mask |= (byte) (1 << step.type().ordinal());
            }
            allowed[i] = mask;
            priority[i] = a.priority() == null ? 0 : a.priority().value().doubleValue();
        }

        byte[] allocate(CapacityTable capacity, LocalDate date) {
            byte[] current = Arrays.copyOf(action, size);
            for (ActionType channel : TOP_DOWN) {
                Map<Integer, List<Integer>> teams = new TreeMap<>();
                for (int i = 0; i < size; i++) {
                    if (current[i] == channel.ordinal()) {
                        teams.computeIfAbsent(channel == ActionType.HOME_VISIT ? region[i] : 0,
                                k -> new ArrayList<>()).add(i);
                    }
                }
                teams.forEach((team, members) -> {
                    Integer limit = capacity.capacity(channel, regions.get(team), date);
                    if (limit == null || members.size() <= limit) {
                        return;
                    }
                    members.sort(Comparator.comparingDouble((Integer i) -> -priority[i]).thenComparingInt(i -> i));
                    for (int i : members.subList(limit, members.size())) {
                        current[i] = stepDown(allowed[i], channel);
                    }
                });
            }
            return current;
        }

        Map<String, Integer> steppedDown(byte[] allocated) {
            Map<String, Integer> counts = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                if (allocated[i] != action[i]) {
                    counts.merge(RUNGS[action[i]] + " -> " + RUNGS[allocated[i]], 1, Integer::sum);
                }
            }
            return counts;
        }
    }

    /** The highest rung below {@code channel} among the allowed ones, else NONE. */
    private static byte stepDown(byte allowed, ActionType channel) {
        for (int rung = channel.ordinal() - 1; rung > ActionType.NONE.ordinal(); rung--) {
            if ((allowed & (1 << rung)) != 0) {
                return (byte) rung;
            }
        }
        return (byte) ActionType.NONE.ordinal();
    }
}
