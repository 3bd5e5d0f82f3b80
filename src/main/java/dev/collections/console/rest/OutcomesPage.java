package dev.collections.console.rest;

import dev.collections.common.ProblemException;
import dev.collections.console.OutcomeViews;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * Outcomes: the roll-rate matrix between two dates as a heat map, and what each next step led to at a horizon (by
 * default the last 30 days and the first horizon). Aggregated in the database; no page loads the portfolio.
 */
@Path("/console/outcomes")
@Produces(MediaType.TEXT_HTML)
public class OutcomesPage {
    private static final int DEFAULT_DAYS = 30;
    private final Template outcomes;
    private final Pages pages;
    private final OutcomeViews views;

    public OutcomesPage(@Location("console/outcomes.html") Template outcomes, Pages pages, OutcomeViews views) {
        this.outcomes = outcomes;
        this.pages = pages;
        this.views = views;
    }

    /**
     * The page's tables as files for a spreadsheet: {@code table=roll-rates} (the matrix: counts and shares of each
     * row, roll-forward and cure rates) or {@code table=by-step} (what each next step led to at the horizon).
     */
    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @PermitAll
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("horizon") Integer horizon, @QueryParam("table") String table,
                           @BeanParam Pages.Language language) {
        return pages.gate(language, Section.OUTCOMES).orElseGet(() -> {
            var m = pages.messages(language);
            LocalDate end = Pages.date(to, views.today(), new java.util.ArrayList<>());
            LocalDate start = Pages.date(from, end == null ? null : end.minusDays(DEFAULT_DAYS),
                    new java.util.ArrayList<>());
            int days = horizon != null && views.horizons().contains(horizon) ? horizon : views.horizons().get(0);
            if (start == null || end == null || !start.isBefore(end)) {
                return Response.status(422).type(MediaType.TEXT_PLAIN_TYPE).entity(m.outcomes_invalid()).build();
            }
            if ("roll-rates".equals(table)) {
                var report = views.rollRates(start, end).report();
                List<String> header = new java.util.ArrayList<>(List.of(m.rules_from() + " \\ " + m.rules_to()));
                report.stages().forEach(s -> header.add(s.equals("GONE") ? m.outcomes_gone() : s));
                header.addAll(List.of(m.outcomes_accounts(), m.outcomes_roll_forward(), m.outcomes_cure()));
                return CsvDownload.of("roll-rates-" + start + "-" + end + ".csv", header, report.rows().stream()
                        .<List<?>>map(r -> {
                            List<Object> row = new java.util.ArrayList<>(List.of(r.stage()));
                            r.cells().forEach(c -> row.add(c.accounts()));
                            row.add(r.accounts());
                            row.add(Formats.percent(r.rollForwardRate()));
                            row.add(Formats.percent(r.cureRate()));
                            return row;
                        }).toList());
            }
            var outcomes = views.outcomes(start, end, days);
            return CsvDownload.of("outcomes-" + start + "-" + end + "-" + days + "d.csv", List.of(m.next_action(),
                    m.outcomes_decisions(), m.outcomes_cure(), m.outcomes_roll_forward(), m.outcomes_paid(),
                    m.outcomes_promises(), m.outcomes_complaints(), m.outcomes_contacts()), outcomes.byAction()
                    .stream().<List<?>>map(l -> java.util.Arrays.asList(m.action(l.nextAction()), l.decisions(),
                            Formats.percent(l.cureRate()), Formats.percent(l.rollForwardRate()), l.amountPaid(),
                            Formats.percent(l.promiseKeptRate()), l.complaintsPer1000(), l.contactsPerAccount()))
                    .toList());
        });
    }

    @GET
    @PermitAll
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("horizon") Integer horizon, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.OUTCOMES).orElseGet(() -> {
            LocalDate end = Pages.date(to, views.today(), new java.util.ArrayList<>());
            LocalDate start = Pages.date(from, end == null ? null : end.minusDays(DEFAULT_DAYS),
                    new java.util.ArrayList<>());
            int days = horizon != null && views.horizons().contains(horizon) ? horizon : views.horizons().get(0);
            var page = outcomes.data("from", start).data("to", end).data("horizon", days)
                    .data("horizons", views.horizons());
            if (start == null || end == null || !start.isBefore(end)) {
                return pages.render(page.data("heat", null).data("outcomes", null).data("invalid", true), language,
                        422);
            }
            try {
                return pages.render(page.data("heat", views.rollRates(start, end))
                        .data("outcomes", views.outcomes(start, end, days)).data("invalid", false), language);
            } catch (ProblemException e) {
                return pages.render(page.data("heat", null).data("outcomes", null).data("invalid", true), language,
                        e.problem().status());
            }
        });
    }
}
