package dev.collections.triage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run decided, counted: next actions by stage, holds by reason, offers, tasks, credit-report decisions, the
 * rows of each exported file, and the next actions against the previous completed run; each team's capacity and use,
 * and how long the allocation and the exports took.
 */
public record TriageSummary(LocalDate businessDate, String rulesetVersion, OffsetDateTime startedAt,
                            OffsetDateTime finishedAt, int accounts, int errors, Map<String, Integer> actions,
                            Map<String, Map<String, Integer>> actionsByStage, Map<String, Integer> holdsByReason,
                            Map<String, Integer> offers, Map<String, Integer> tasks,
                            Map<String, Integer> creditReport, Map<String, Integer> files,
                            LocalDate previousBusinessDate, Map<String, Integer> previousActions,
                            java.util.List<Capacity> capacity, Map<String, Integer> steppedDown,
                            double allocationSeconds, double exportSeconds) {

    /**
     * One team's day (issue 14): its capacity (null: unlimited), the accounts that asked for it, those it took,
     * those that stepped down, and the expected loss (the sum of priorities) asked for and covered.
     */
    public record Capacity(String channel, String region, Integer capacity, int demand, int assigned, int overflow,
                           java.math.BigDecimal expectedLossDemanded, java.math.BigDecimal expectedLossCovered) {
    }

    /** Counts work items as they stream past. */
    static final class Counter {
        int accounts;
        int errors;
        final Map<String, Integer> actions = new TreeMap<>();
        final Map<String, Map<String, Integer>> actionsByStage = new TreeMap<>();
        final Map<String, Integer> holdsByReason = new TreeMap<>();
        final Map<String, Integer> offers = new TreeMap<>();
        final Map<String, Integer> tasks = new TreeMap<>();
        final Map<String, Integer> creditReport = new TreeMap<>();
        final Map<String, Integer> files = new TreeMap<>();
        final Map<String, Integer> steppedDown = new TreeMap<>();

        void add(WorkItem w) {
            accounts++;
            if (w.isError()) {
                errors++;
                return;
            }
            String action = w.nextAction().name();
            add(actions, action);
            add(actionsByStage.computeIfAbsent(w.stage(), k -> new TreeMap<>()), action);
            addHolds(w.holds());
            for (String offer : split(w.offers())) {
                int colon = offer.indexOf(':');
                add(offers, colon < 0 ? offer : offer.substring(0, colon));
            }
            for (String task : split(w.tasks())) {
                add(tasks, task);
            }
            String credit = w.creditReport();
            int colon = credit.indexOf(':');
            add(creditReport, colon < 0 ? credit : credit.substring(0, colon));
            if (w.capacityDenied() != null) {
                add(steppedDown, w.capacityDenied() + " -> " + w.nextAction());
            }
        }

        void file(String name, int rows) {
            files.put(name, rows);
        }

        /** An account held from three rungs for one reason counts once for that reason. */
        private void addHolds(String holds) {
            String[] each = split(holds);
            for (int i = 0; i < each.length; i++) {
                String reason = each[i].substring(each[i].indexOf(':') + 1);
                boolean counted = false;
                for (int j = 0; j < i && !counted; j++) {
                    counted = each[j].substring(each[j].indexOf(':') + 1).equals(reason);
                }
                if (!counted) {
                    add(holdsByReason, reason);
                }
            }
        }

        private static final String[] NONE = {};

        private static String[] split(String list) {
            return list == null || list.isEmpty() ? NONE : list.split(";");
        }

        private static void add(Map<String, Integer> counts, String key) {
            counts.merge(key, 1, Integer::sum);
        }
    }
}
