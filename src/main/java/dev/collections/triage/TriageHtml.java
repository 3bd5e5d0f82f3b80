package dev.collections.triage;

import dev.collections.policy.ActionType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The morning page for the operations manager: what the night decided, by stage, holds, change since last run. */
public final class TriageHtml {
    private static final String[] COLOURS = {"#9e9e9e", "#5b9bd5", "#ed7d31", "#a5a5a5", "#c00000"};
    private static final int WIDTH = 520;

    private TriageHtml() {
    }

    public static String render(TriageSummary s) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Nightly triage</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;
                margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:right}
                th{background:#f3f3f3}.up{color:#c00000}.down{color:#2e7d32}.muted{color:#777}
                code{background:#f3f3f3;padding:0 .2rem}.key span{display:inline-block;width:.8rem;height:.8rem;
                margin:0 .3rem 0 1rem}</style></head><body>
                """);
        h.append("<h1>Nightly triage for ").append(s.businessDate()).append("</h1>");
        h.append("<p>").append(s.accounts()).append(" accounts decided, <b>").append(s.errors())
                .append("</b> could not be decided (errors.csv). Rules <code>").append(esc(s.rulesetVersion()))
                .append("</code>. Started ").append(s.startedAt()).append(", finished ").append(s.finishedAt())
                .append(".</p>");
        actionsByStage(h, s);
        bars(h, "Holds by reason (accounts)", s.holdsByReason());
        change(h, s);
        bars(h, "Tasks for case workers", s.tasks());
        bars(h, "Relief offers", s.offers());
        bars(h, "Credit-report decisions", s.creditReport());
        h.append("<h2>Files</h2><table><tr><th>file</th><th>rows</th></tr>");
        s.files().forEach((f, n) -> h.append("<tr><td>").append(esc(f)).append("</td><td>").append(n)
                .append("</td></tr>"));
        return h.append("</table></body></html>\n").toString();
    }

    private static void actionsByStage(StringBuilder h, TriageSummary s) {
        h.append("<h2>Next actions by stage</h2><p class=key>");
        for (ActionType a : ActionType.values()) {
            h.append("<span style=\"background:").append(COLOURS[a.ordinal()]).append("\"></span>").append(a);
        }
        h.append("</p>");
        int max = s.actionsByStage().values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1);
        h.append("<svg width=\"").append(WIDTH + 200).append("\" height=\"")
                .append(s.actionsByStage().size() * 28 + 10).append("\" role=img><title>Next actions by stage</title>");
        int y = 5;
        for (var stage : s.actionsByStage().entrySet()) {
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(stage.getKey()))
                    .append("</text>");
            int x = 60;
            int total = 0;
            for (ActionType a : ActionType.values()) {
                int n = stage.getValue().getOrDefault(a.name(), 0);
                int w = (int) ((long) n * WIDTH / Math.max(max, 1));
                h.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"22\" fill=\"").append(COLOURS[a.ordinal()]).append("\"><title>")
                        .append(stage.getKey()).append(' ').append(a).append(": ").append(n).append("</title></rect>");
                x += w;
                total += n;
            }
            h.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(total).append("</text>");
            y += 28;
        }
        h.append("</svg>");
        var columns = new TreeSet<String>((a, b) -> Integer.compare(ActionType.valueOf(a).ordinal(),
                ActionType.valueOf(b).ordinal()));
        s.actionsByStage().values().forEach(m -> columns.addAll(m.keySet()));
        h.append("<table><tr><th>stage</th>");
        columns.forEach(c -> h.append("<th>").append(c).append("</th>"));
        h.append("</tr>");
        s.actionsByStage().forEach((stage, m) -> {
            h.append("<tr><th>").append(esc(stage)).append("</th>");
            columns.forEach(c -> h.append("<td>").append(m.getOrDefault(c, 0)).append("</td>"));
            h.append("</tr>");
        });
        h.append("</table>");
    }

    private static void change(StringBuilder h, TriageSummary s) {
        h.append("<h2>Next actions against the previous run</h2>");
        if (s.previousBusinessDate() == null) {
            h.append("<p class=muted>No earlier completed run to compare with.</p>");
            return;
        }
        h.append("<table><tr><th>action</th><th>").append(s.previousBusinessDate()).append("</th><th>")
                .append(s.businessDate()).append("</th><th>change</th></tr>");
        for (ActionType a : ActionType.values()) {
            int before = s.previousActions().getOrDefault(a.name(), 0);
            int now = s.actions().getOrDefault(a.name(), 0);
            int d = now - before;
            h.append("<tr><th>").append(a).append("</th><td>").append(before).append("</td><td>").append(now)
                    .append("</td><td class=").append(d > 0 ? "up" : "down").append('>').append(d > 0 ? "+" : "")
                    .append(d).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void bars(StringBuilder h, String title, Map<String, Integer> counts) {
        h.append("<h2>").append(esc(title)).append("</h2>");
        if (counts.isEmpty()) {
            h.append("<p class=muted>None.</p>");
            return;
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        var rows = new LinkedHashMap<>(counts);
        h.append("<svg width=\"").append(WIDTH + 360).append("\" height=\"").append(rows.size() * 26 + 10)
                .append("\" role=img><title>").append(esc(title)).append("</title>");
        int y = 5;
        for (var row : rows.entrySet()) {
            int w = (int) ((long) row.getValue() * WIDTH / Math.max(max, 1));
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(row.getKey()))
                    .append("</text><rect x=\"260\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"20\" fill=\"#5b9bd5\"/><text x=\"").append(266 + w).append("\" y=\"")
                    .append(y + 15).append("\" font-size=\"12\">").append(row.getValue()).append("</text>");
            y += 26;
        }
        h.append("</svg>");
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

}
