package dev.collections.console.rest;

import dev.collections.agency.Agencies;
import dev.collections.agency.AgencyLeague;
import dev.collections.common.ProblemException;
import dev.collections.common.Roles;
import dev.collections.console.ConsoleTime;
import dev.collections.console.CsrfTokens;
import dev.collections.policy.AgencyStatus;
import dev.collections.outcome.OutcomeConfig;
import dev.collections.triage.TriageConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Collection agencies for operations (policy.md rev. 3): each agency with its districts, stages, capacity, fee,
 * contract and standing (who changed it, when, why); operators suspend, end or reinstate one (with why, after
 * confirming); the league table at an outcome horizon, for everyone who may open the page.
 */
@Path("/console/agencies")
@Produces(MediaType.TEXT_HTML)
public class AgenciesPage {
    private final Template page;
    private final Pages pages;
    private final Agencies agencies;
    private final AgencyLeague league;
    private final TriageConfig triage;
    private final OutcomeConfig outcomes;
    private final ConsoleTime time;
    private final SecurityIdentity identity;

    public AgenciesPage(@Location("console/agencies.html") Template page, Pages pages, Agencies agencies,
                        AgencyLeague league, TriageConfig triage, OutcomeConfig outcomes, ConsoleTime time,
                        SecurityIdentity identity) {
        this.page = page;
        this.pages = pages;
        this.agencies = agencies;
        this.league = league;
        this.triage = triage;
        this.outcomes = outcomes;
        this.time = time;
        this.identity = identity;
    }

    @GET
    @PermitAll
    public Response show(@QueryParam("horizon") Integer horizon, @QueryParam("done") Long done,
                         @BeanParam Pages.Language language) {
        return pages.gate(language, Section.AGENCIES).orElseGet(() -> render(horizon, done, null, language, 200));
    }

    /** Changes an agency's standing (operators): with why, then back to the list (a refresh sends nothing again). */
    @POST
    @Path("/{id}/status")
    @PermitAll
    public Response status(@PathParam("id") long id, @FormParam("status") String status,
                           @FormParam("reason") String reason, @FormParam(CsrfTokens.FIELD) String token,
                           @BeanParam Pages.Language language) {
        return pages.gate(language, Roles.OPERATOR).orElseGet(() -> {
            pages.checkToken(token);
            AgencyStatus to;
            try {
                to = AgencyStatus.valueOf(status);
            } catch (IllegalArgumentException | NullPointerException e) {
                return render(null, null, pages.messages(language).agency_refused_status(), language, 422);
            }
            try {
                agencies.changeStatus(id, to, identity.getPrincipal().getName(), reason);
            } catch (ProblemException e) {
                String why = e.problem().status() == 404 ? pages.messages(language).agency_missing(id)
                        : pages.messages(language).agency_refused_reason();
                return render(null, null, why, language, e.problem().status());
            }
            return Response.seeOther(URI.create("/console/agencies?done=" + id)).build();
        });
    }

    private Response render(Integer horizon, Long done, String refused, Pages.Language language, int status) {
        List<Integer> horizons = outcomes.outcomeHorizons();
        int h = horizon != null && horizons.contains(horizon) ? horizon : horizons.get(0);
        var rows = agencies.list().stream().map(a -> new Row(a.id, a.name, a.licenceNumber,
                String.join(", ", a.regionList()), String.join(", ", a.stageList()), a.capacity,
                a.feeRate.movePointRight(2).stripTrailingZeros().toPlainString() + "%", a.contractFrom,
                a.contractUntil, a.status.name(), a.statusChangedBy, time.of(a.statusChangedAt), a.statusReason))
                .toList();
        return pages.render(page.data("agencies", rows).data("league", league.of(h, LocalDate.now(triage.timeZone())))
                .data("horizon", h).data("horizons", horizons).data("mayChange", pages.allowed(Roles.OPERATOR))
                .data("done", done).data("refused", refused)
                .data("states", java.util.Arrays.stream(AgencyStatus.values()).map(Enum::name).toList())
                .data("zone", time.zone().getId()), language, status);
    }

    /** One agency as the page shows it. */
    public record Row(long id, String name, String licence, String regions, String stages, int capacity,
                      String fee, LocalDate contractFrom, LocalDate contractUntil, String status, String changedBy,
                      String changedAt, String reason) {
    }
}
