package dev.collections.simulation;

import dev.collections.model.Assessment;
import dev.collections.rules.RuleSet;
import dev.collections.rules.scenario.Rendering;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a candidate rule set would change across a portfolio: next actions and credit-report decisions from → to
 * (every account counted), holds, offers and tasks added or removed, and sample accounts for each change; and
 * what the floor would really do: the next actions from → to after each side's team capacity on the simulated date
 * ({@code floorNextActions}), with the accounts each side steps down for capacity.
 */
public record SimulationReport(String activeVersion, String candidateVersion, OffsetDateTime asOf, int accounts,
                               int changed, Map<String, Map<String, Integer>> nextActions,
                               Map<String, Map<String, Integer>> creditReports, Map<String, Change> suppressed,
                               Map<String, Change> offers, Map<String, Change> tasks,
                               Map<String, List<String>> samples, List<String> rejected,
                               Map<String, Map<String, Integer>> floorNextActions,
                               Map<String, Integer> liveSteppedDown, Map<String, Integer> candidateSteppedDown) {

    /** How many accounts gain and lose one item (a hold, an offer, a task). */
    public record Change(int added, int removed) {
    }

    static Builder builder(RuleSet active, Candidate candidate, OffsetDateTime asOf, int samplesPerCell) {
        return new Builder(active, candidate, asOf, samplesPerCell);
    }

    static final class Builder {
        private static final int MAX_REJECTED = 50;
        private final RuleSet active;
        private final Candidate candidate;
        private final FloorAllocation floor = new FloorAllocation();
        private final OffsetDateTime asOf;
        private final int samplesPerCell;
        private int accounts;
        private int changed;
        private final Map<String, Map<String, Integer>> nextActions = new TreeMap<>();
        private final Map<String, Map<String, Integer>> creditReports = new TreeMap<>();
        private final Map<String, int[]> suppressed = new TreeMap<>();
        private final Map<String, int[]> offers = new TreeMap<>();
        private final Map<String, int[]> tasks = new TreeMap<>();
        private final Map<String, List<String>> samples = new TreeMap<>();
        private final List<String> rejected = new ArrayList<>();

        private Builder(RuleSet active, Candidate candidate, OffsetDateTime asOf, int samplesPerCell) {
            this.active = active;
            this.candidate = candidate;
            this.asOf = asOf;
            this.samplesPerCell = samplesPerCell;
        }

        void add(String accountId, String region, Assessment before, Assessment after) {
            floor.add(region, before, after);
            Rendering from = new Rendering(before);
            Rendering to = new Rendering(after);
            accounts++;
            boolean differs = cell(nextActions, "next action", accountId, from.nextAction(), to.nextAction())
                    | cell(creditReports, "credit report", accountId, from.creditReport(), to.creditReport())
                    | items(suppressed, "hold", accountId, from.suppressed(), to.suppressed())
                    | items(offers, "offer", accountId, from.reliefOffers(), to.reliefOffers())
                    | items(tasks, "task", accountId, from.tasks(), to.tasks());
            if (differs) {
                changed++;
            }
        }

        void reject(String reason) {
            if (rejected.size() < MAX_REJECTED) {
                rejected.add(reason);
            }
        }

        private boolean cell(Map<String, Map<String, Integer>> matrix, String what, String accountId, String from,
                             String to) {
            matrix.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1, Integer::sum);
            if (from.equals(to)) {
                return false;
            }
            sample(what + ": " + from + " -> " + to, accountId);
            return true;
        }

        private boolean items(Map<String, int[]> changes, String what, String accountId, List<String> before,
                              List<String> after) {
            Set<String> gone = new HashSet<>(before);
            gone.removeAll(after);
            Set<String> added = new HashSet<>(after);
            added.removeAll(before);
            added.forEach(item -> {
                changes.computeIfAbsent(item, k -> new int[2])[0]++;
                sample(what + " added: " + item, accountId);
            });
            gone.forEach(item -> {
                changes.computeIfAbsent(item, k -> new int[2])[1]++;
                sample(what + " removed: " + item, accountId);
            });
            return !added.isEmpty() || !gone.isEmpty();
        }

        private void sample(String cell, String accountId) {
            List<String> ids = samples.computeIfAbsent(cell, k -> new ArrayList<>());
            if (ids.size() < samplesPerCell) {
                ids.add(accountId);
            }
        }

        SimulationReport build() {
            var allocated = floor.allocate(active.capacity(), candidate.capacity(), asOf.toLocalDate());
            return new SimulationReport(active.version(), candidate.version(), asOf, accounts, changed, nextActions,
                    creditReports, changes(suppressed), changes(offers), changes(tasks), samples, rejected,
                    allocated.nextActions(), allocated.liveSteppedDown(), allocated.candidateSteppedDown());
        }

        private static Map<String, Change> changes(Map<String, int[]> counts) {
            Map<String, Change> out = new TreeMap<>();
            counts.forEach((k, v) -> out.put(k, new Change(v[0], v[1])));
            return out;
        }
    }
}
