package dev.collections.console;

import dev.collections.report.OutcomeReport;
import dev.collections.report.Reports;
import dev.collections.report.RollRateReport;
import dev.collections.outcome.OutcomeConfig;
import dev.collections.triage.TriageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Outcomes for the console: the roll-rate matrix between two dates as a heat map (each cell shaded by its share of
 * the row, the number always written in it), and what each next step led to at a horizon.
 */
@ApplicationScoped
public class OutcomeViews {
    private final Reports reports;
    private final TriageConfig config;
    private final OutcomeConfig outcomes;

    public OutcomeViews(Reports reports, TriageConfig config, OutcomeConfig outcomes) {
        this.reports = reports;
        this.config = config;
        this.outcomes = outcomes;
    }

    /** One cell: accounts, their share of the row in percent, the shade and a text colour that reads on it. */
    public record Cell(int accounts, int percent, String background, String text) {
    }

    public record Row(RollRateReport.Row row, List<Cell> cells) {
    }

    public record HeatMap(RollRateReport report, List<Row> rows) {
    }

    public HeatMap rollRates(LocalDate from, LocalDate to) {
        RollRateReport report = reports.rollRates(from, to);
        return new HeatMap(report, report.rows().stream().map(r -> new Row(r, r.cells().stream().map(c -> {
            int percent = r.accounts() == 0 ? 0 : (int) Math.round(c.accounts() * 100.0 / r.accounts());
            return new Cell(c.accounts(), percent, shade(percent), percent > 55 ? "#fff" : "#111");
        }).toList())).toList());
    }

    public OutcomeReport outcomes(LocalDate from, LocalDate to, int horizon) {
        return reports.outcomes(from, to, horizon);
    }

    public List<Integer> horizons() {
        return outcomes.outcomeHorizons();
    }

    public LocalDate today() {
        return LocalDate.now(config.timeZone());
    }

    /** White at 0 % to deep blue at 100 %, in steps a grey-scale print keeps. */
    private static String shade(int percent) {
        int light = 255 - (int) Math.round(percent * 2.05);
        int blue = 255 - (int) Math.round(percent * 0.9);
        return String.format("#%02x%02x%02x", Math.max(0, light - 20 * percent / 100), Math.max(0, light), blue);
    }
}
