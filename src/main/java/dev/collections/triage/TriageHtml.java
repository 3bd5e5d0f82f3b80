package dev.collections.triage;

import dev.collections.common.Html;
import dev.collections.policy.ActionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The morning page for the operations manager ({@code reports/triage-summary.html}): what the night decided, by
 * stage, holds, change since the last run. This class only shapes the numbers; the template writes the HTML.
 */
public final class TriageHtml {
    private static final int WIDTH = 520;

    /** One rung of the ladder with its colour in the charts. */
    public record Rung(String name, String colour) {
    }

    /** A stage's stacked bar: one segment per rung, and the stage's total after it. */
    public record StageBar(String stage, int y, List<Segment> segments, int totalX, int total, List<Integer> counts) {
        public record Segment(String action, int x, int width, String colour, int count) {
        }
    }

    /** A plain bar chart of counts. */
    public record Bars(String title, int width, int height, List<Bar> bars) {
        public record Bar(String label, int y, int width, int textX, int count) {
        }
    }

    /** One rung against the previous run. */
    public record Change(String action, int before, int now, int difference) {
    }

    private TriageHtml() {
    }

    public static String render(TriageSummary s) {
        List<Rung> rungs = new ArrayList<>();
        for (ActionType a : ActionType.values()) {
            rungs.add(new Rung(a.name(), ActionColours.of(a)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("s", s);
        data.put("rungs", rungs);
        data.put("stages", stages(s));
        data.put("stagesHeight", s.actionsByStage().size() * 28 + 10);
        data.put("stagesWidth", WIDTH + 200);
        data.put("holds", bars("Holds by reason (accounts)", s.holdsByReason()));
        data.put("changes", s.previousBusinessDate() == null ? List.of() : changes(s));
        data.put("tasks", bars("Tasks for case workers", s.tasks()));
        data.put("offers", bars("Relief offers", s.offers()));
        data.put("creditReport", bars("Credit-report decisions", s.creditReport()));
        return Html.render("triage-summary", data);
    }

    private static List<StageBar> stages(TriageSummary s) {
        int max = Math.max(1, s.actionsByStage().values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1));
        List<StageBar> stages = new ArrayList<>();
        int y = 5;
        for (var stage : s.actionsByStage().entrySet()) {
            List<StageBar.Segment> segments = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            int x = 60;
            int total = 0;
            for (ActionType a : ActionType.values()) {
                int n = stage.getValue().getOrDefault(a.name(), 0);
                int w = (int) ((long) n * WIDTH / max);
                segments.add(new StageBar.Segment(a.name(), x, w, ActionColours.of(a), n));
                counts.add(n);
                x += w;
                total += n;
            }
            stages.add(new StageBar(stage.getKey(), y, segments, x + 6, total, counts));
            y += 28;
        }
        return stages;
    }

    private static List<Change> changes(TriageSummary s) {
        List<Change> changes = new ArrayList<>();
        for (ActionType a : ActionType.values()) {
            int before = s.previousActions().getOrDefault(a.name(), 0);
            int now = s.actions().getOrDefault(a.name(), 0);
            changes.add(new Change(a.name(), before, now, now - before));
        }
        return changes;
    }

    private static Bars bars(String title, Map<String, Integer> counts) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Bars.Bar> bars = new ArrayList<>();
        int y = 5;
        for (var row : counts.entrySet()) {
            int w = (int) ((long) row.getValue() * WIDTH / max);
            bars.add(new Bars.Bar(row.getKey(), y, w, 266 + w, row.getValue()));
            y += 26;
        }
        return new Bars(title, WIDTH + 360, bars.size() * 26 + 10, bars);
    }
}
