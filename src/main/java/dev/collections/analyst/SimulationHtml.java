package dev.collections.analyst;

import dev.collections.policy.ActionType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.TreeSet;

/** The simulation report as one self-contained HTML page: from→to matrices, bar charts of changes, samples. */
public final class SimulationHtml {
    private static final int BAR_WIDTH = 300;
    /** The ladder's rungs, lowest first; anything else after them. */
    private static final Comparator<String> RUNGS = Comparator.comparingInt((String name) -> rung(name))
            .thenComparing(Comparator.naturalOrder());

    private static int rung(String name) {
        for (ActionType type : ActionType.values()) {
            if (type.name().equals(name)) {
                return type.ordinal();
            }
        }
        return ActionType.values().length;
    }

    private SimulationHtml() {
    }

    public static String render(SimulationReport r) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Policy change simulation</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;
                margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:right}
                th{background:#f3f3f3}td.changed{background:#ffe2b8}td.same{background:#eef5ee}
                .muted{color:#777}code{background:#f3f3f3;padding:0 .2rem}</style></head><body>
                """);
        h.append("<h1>What the candidate rules would change</h1>");
        h.append("<p>Live rules <code>").append(esc(r.activeVersion())).append("</code><br>Candidate rules <code>")
                .append(esc(r.candidateVersion())).append("</code><br>As of ").append(esc(String.valueOf(r.asOf())))
                .append("</p>");
        h.append("<p><b>").append(r.changed()).append("</b> of ").append(r.accounts())
                .append(" accounts would be decided differently")
                .append(r.rejected().isEmpty() ? "" : "; " + r.rejected().size() + " lines could not be assessed")
                .append(".</p>");
        matrix(h, "Next action (rows: now, columns: with the candidate)", r.nextActions(), RUNGS);
        bars(h, "Next actions gained and lost", gainedAndLost(r.nextActions()));
        matrix(h, "Credit report", r.creditReports(), Comparator.naturalOrder());
        bars(h, "Holds (suppressed actions)", r.suppressed());
        bars(h, "Relief offers", r.offers());
        bars(h, "Tasks", r.tasks());
        h.append("<h2>Sample accounts for each change</h2>");
        if (r.samples().isEmpty()) {
            h.append("<p class=muted>No account changes.</p>");
        }
        h.append("<ul>");
        r.samples().forEach((cell, ids) -> h.append("<li>").append(esc(cell)).append(": ")
                .append(esc(String.join(", ", ids))).append("</li>"));
        h.append("</ul>");
        if (!r.rejected().isEmpty()) {
            h.append("<h2>Lines not assessed</h2><ul>");
            r.rejected().forEach(x -> h.append("<li>").append(esc(x)).append("</li>"));
            h.append("</ul>");
        }
        return h.append("</body></html>\n").toString();
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

    private static void matrix(StringBuilder h, String title, Map<String, Map<String, Integer>> m,
                               Comparator<String> order) {
        h.append("<h2>").append(esc(title)).append("</h2><table><tr><th>now \\ candidate</th>");
        TreeSet<String> columns = new TreeSet<>(order);
        m.values().forEach(row -> columns.addAll(row.keySet()));
        columns.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>");
        Map<String, Map<String, Integer>> rows = new TreeMap<>(order);
        rows.putAll(m);
        rows.forEach((from, row) -> {
            h.append("<tr><th>").append(esc(from)).append("</th>");
            for (String to : columns) {
                Integer n = row.get(to);
                String kind = n == null ? "" : from.equals(to) ? " class=same" : " class=changed";
                h.append("<td").append(kind).append('>').append(n == null ? "" : n).append("</td>");
            }
            h.append("</tr>");
        });
        h.append("</table>");
    }

    private static void bars(StringBuilder h, String title, Map<String, SimulationReport.Change> changes) {
        h.append("<h2>").append(esc(title)).append("</h2>");
        if (changes.isEmpty()) {
            h.append("<p class=muted>No change.</p>");
            return;
        }
        int max = changes.values().stream().mapToInt(c -> Math.max(c.added(), c.removed())).max().orElse(1);
        List<Map.Entry<String, SimulationReport.Change>> rows = List.copyOf(changes.entrySet());
        int height = rows.size() * 26 + 10;
        h.append("<svg width=\"").append(2 * BAR_WIDTH + 420).append("\" height=\"").append(height)
                .append("\" role=img><title>").append(esc(title)).append(": removed (red) and added (green)</title>");
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            int y = i * 26 + 5;
            int removed = row.getValue().removed() * BAR_WIDTH / Math.max(max, 1);
            int added = row.getValue().added() * BAR_WIDTH / Math.max(max, 1);
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(row.getKey()))
                    .append("</text>");
            h.append("<rect x=\"").append(300 + BAR_WIDTH - removed).append("\" y=\"").append(y).append("\" width=\"")
                    .append(removed).append("\" height=\"20\" fill=\"#d9534f\"/>");
            h.append("<rect x=\"").append(300 + BAR_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(added).append("\" height=\"20\" fill=\"#5cb85c\"/>");
            h.append("<text x=\"").append(310 + 2 * BAR_WIDTH).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\">-").append(row.getValue().removed()).append(" / +")
                    .append(row.getValue().added()).append("</text>");
        }
        h.append("</svg>");
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
