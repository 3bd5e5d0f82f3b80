package dev.collections.experiment;

import dev.collections.common.Html;
import dev.collections.experiment.Statistics.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An experiment's report as a page ({@code reports/experiment.html}): the arms side by side, each measure's
 * difference with its 95% interval as a row of a forest chart (the zero line in the middle; an interval that does
 * not cross it is a significant difference), and the warnings. This class only shapes the numbers.
 */
public final class ExperimentHtml {
    private static final int HALF = 110;
    private static final int CENTRE = 290;

    /**
     * One measure (its code: cureRate …): its figures as text ("-" where there is no interval), and its interval
     * drawn on a scale of its own ({@code lowX}, {@code highX}, {@code markX} on a chart {@link #CENTRE}-centred).
     */
    public record Row(String measure, String champion, String challenger, String difference, String low,
                      String high, String pValue, boolean significant, int y, int lowX, int highX, int markX) {
    }

    /** The chart's zero line. */
    public static int centre() {
        return CENTRE;
    }

    private ExperimentHtml() {
    }

    public static String render(ExperimentReport report) {
        List<Row> rows = rows(report);
        return Html.render("experiment", Map.of("r", report, "rows", rows, "height", height(rows), "centre", CENTRE));
    }

    /** Each measure's row, the first at the top of the chart. */
    public static List<Row> rows(ExperimentReport report) {
        List<Row> rows = new ArrayList<>();
        int y = 10;
        for (Map.Entry<String, Comparison> m : report.comparisons().entrySet()) {
            rows.add(row(m.getKey(), m.getValue(), y));
            y += 30;
        }
        return rows;
    }

    /** The chart's height for {@code rows}. */
    public static int height(List<Row> rows) {
        return 10 + 30 * rows.size();
    }

    private static Row row(String measure, Comparison c, int y) {
        boolean rate = measure.endsWith("Rate");
        double reach = Math.max(Math.abs(c.difference()), Math.max(c.low() == null ? 0 : Math.abs(c.low()),
                c.high() == null ? 0 : Math.abs(c.high())));
        double scale = reach == 0 ? 0 : HALF / reach;
        int mark = CENTRE + (int) Math.round(c.difference() * scale);
        return new Row(measure, figure(c.champion(), rate), figure(c.challenger(), rate), figure(c.difference(), rate),
                c.low() == null ? "-" : figure(c.low(), rate), c.high() == null ? "-" : figure(c.high(), rate),
                c.pValue() == null ? "-" : String.format(Locale.ROOT, "%.4f", c.pValue()), c.significant(), y,
                c.low() == null ? mark : CENTRE + (int) Math.round(c.low() * scale),
                c.high() == null ? mark : CENTRE + (int) Math.round(c.high() * scale), mark);
    }

    private static String figure(double value, boolean rate) {
        return rate ? String.format(Locale.ROOT, "%.2f%%", value * 100) : String.format(Locale.ROOT, "%.2f", value);
    }
}
