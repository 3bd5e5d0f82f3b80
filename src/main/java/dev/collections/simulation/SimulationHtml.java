package dev.collections.simulation;

import dev.collections.common.Html;
import dev.collections.policy.ActionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The simulation report as a page an analyst reads ({@code reports/simulation.html}): each from → to matrix with its
 * rows and columns in the ladder's order, and bars of what is gained and lost. This class only shapes the numbers;
 * the template writes the HTML.
 */
public final class SimulationHtml {
    private static final int BAR_WIDTH = 300;
    /** The ladder's rungs, lowest first; anything else after them. */
    private static final Comparator<String> RUNGS = Comparator.comparingInt((String name) -> rung(name))
            .thenComparing(Comparator.naturalOrder());

    /** A from → to table; each cell "same" (unchanged), "changed" or empty. */
    public record Matrix(String title, List<String> columns, List<Row> rows) {
        public record Row(String from, List<Cell> cells) {
        }

        public record Cell(Integer count, String kind) {
        }
    }

    /** Bars of accounts losing (left, red) and gaining (right, green) each item, drawn in SVG. */
    public record Bars(String title, int width, int height, List<Bar> bars) {
        public record Bar(String label, int y, int removedX, int removedWidth, int addedX, int addedWidth, int textX,
                          int removed, int added) {
        }
    }

    private SimulationHtml() {
    }

    public static String render(SimulationReport r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("r", r);
        data.put("nextActions", matrix("Next action (rows: now, columns: with the candidate)", r.nextActions(), RUNGS));
        data.put("gainedAndLost", bars("Next actions gained and lost", gainedAndLost(r.nextActions())));
        data.put("floorNextActions", matrix("What the floor would do: next action after each team's capacity on "
                + r.asOf().toLocalDate() + " (rows: now, columns: with the candidate)", r.floorNextActions(), RUNGS));
        data.put("creditReports", matrix("Credit report", r.creditReports(), Comparator.naturalOrder()));
        data.put("holds", bars("Holds (suppressed actions)", r.suppressed()));
        data.put("offers", bars("Relief offers", r.offers()));
        data.put("tasks", bars("Tasks", r.tasks()));
        return Html.render("simulation", data);
    }

    /** The next actions' from → to table in the ladder's order, for pages that title it themselves. */
    public static Matrix nextActions(SimulationReport r) {
        return matrix("", r.nextActions(), RUNGS);
    }

    private static int rung(String name) {
        for (ActionType type : ActionType.values()) {
            if (type.name().equals(name)) {
                return type.ordinal();
            }
        }
        return ActionType.values().length;
    }

    /** Accounts that gain an action (from another) and lose it (to another). */
    private static Map<String, SimulationReport.Change> gainedAndLost(Map<String, Map<String, Integer>> m) {
        Map<String, int[]> counts = new TreeMap<>(RUNGS);
        m.forEach((from, row) -> row.forEach((to, n) -> {
            if (!from.equals(to)) {
                counts.computeIfAbsent(to, k -> new int[2])[0] += n;
                counts.computeIfAbsent(from, k -> new int[2])[1] += n;
            }
        }));
        Map<String, SimulationReport.Change> changes = new LinkedHashMap<>();
        counts.forEach((k, v) -> changes.put(k, new SimulationReport.Change(v[0], v[1])));
        return changes;
    }

    private static Matrix matrix(String title, Map<String, Map<String, Integer>> m, Comparator<String> order) {
        TreeSet<String> columns = new TreeSet<>(order);
        m.values().forEach(row -> columns.addAll(row.keySet()));
        Map<String, Map<String, Integer>> sorted = new TreeMap<>(order);
        sorted.putAll(m);
        List<Matrix.Row> rows = new ArrayList<>();
        sorted.forEach((from, row) -> rows.add(new Matrix.Row(from, columns.stream().map(to -> {
            Integer n = row.get(to);
            return new Matrix.Cell(n, n == null ? "" : from.equals(to) ? "same" : "changed");
        }).toList())));
        return new Matrix(title, List.copyOf(columns), rows);
    }

    private static Bars bars(String title, Map<String, SimulationReport.Change> changes) {
        int max = Math.max(1, changes.values().stream().mapToInt(c -> Math.max(c.added(), c.removed())).max()
                .orElse(1));
        List<Bars.Bar> bars = new ArrayList<>();
        int i = 0;
        for (var row : changes.entrySet()) {
            int y = i++ * 26 + 5;
            int removed = row.getValue().removed() * BAR_WIDTH / max;
            int added = row.getValue().added() * BAR_WIDTH / max;
            bars.add(new Bars.Bar(row.getKey(), y, 300 + BAR_WIDTH - removed, removed, 300 + BAR_WIDTH, added,
                    310 + 2 * BAR_WIDTH, row.getValue().removed(), row.getValue().added()));
        }
        return new Bars(title, 2 * BAR_WIDTH + 420, bars.size() * 26 + 10, bars);
    }
}
