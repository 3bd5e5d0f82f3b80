package dev.collections.report;

import dev.collections.common.Html;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reports as pages ({@code reports/roll-rates.html}, {@code reports/outcomes.html}): tables and an inline SVG
 * bar chart of each row's main rate. This class only shapes the numbers; the templates write the HTML.
 */
public final class ReportHtml {
    private static final int WIDTH = 400;

    /** One bar of a rate chart: a label and a share from 0 to 1. */
    public record RateBar(String label, int y, int width, int textX, String rate) {
    }

    private ReportHtml() {
    }

    public static String rollRates(RollRateReport report) {
        List<RateBar> bars = bars(report.rows().stream().map(r -> new Object[] {r.stage(), r.rollForwardRate()})
                .toList());
        return Html.render("roll-rates", Map.of("r", report, "bars", bars, "height", bars.size() * 28 + 10));
    }

    public static String outcomes(OutcomeReport report) {
        List<RateBar> bars = bars(report.byAction().stream().map(l -> new Object[] {l.nextAction(), l.cureRate()})
                .toList());
        return Html.render("outcomes", Map.of("o", report, "bars", bars, "height", bars.size() * 28 + 10));
    }

    private static List<RateBar> bars(List<Object[]> rates) {
        List<RateBar> bars = new ArrayList<>();
        int y = 5;
        for (Object[] rate : rates) {
            BigDecimal value = (BigDecimal) rate[1];
            int width = value == null ? 0 : value.multiply(BigDecimal.valueOf(WIDTH)).intValue();
            bars.add(new RateBar((String) rate[0], y, width, 80 + width + 6,
                    value == null ? "-" : value.movePointRight(2).stripTrailingZeros().toPlainString() + "%"));
            y += 28;
        }
        return bars;
    }
}
