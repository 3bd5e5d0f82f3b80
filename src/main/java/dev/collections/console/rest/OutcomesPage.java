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
