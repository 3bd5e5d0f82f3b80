package dev.collections.console.rest;

import dev.collections.common.ProblemException;
import dev.collections.console.ConsoleTime;
import dev.collections.console.CsrfTokens;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.simulation.Candidate;
import dev.collections.simulation.SimulationHtml;
import dev.collections.simulation.SimulationJobs;
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
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulation for policy analysts: a candidate rules directory and a date, run in the background over the stored
 * portfolio with its progress; the from → to table of next actions, each changed cell opening sample accounts with
 * both decisions side by side.
 */
@Path("/console/simulation")
@Produces(MediaType.TEXT_HTML)
public class SimulationPage {
    private static final int UNPROCESSABLE = 422;
    private final Template form;
    private final Template job;
    private final Template cell;
    private final Pages pages;
    private final SimulationJobs jobs;
    private final ActiveRuleSet active;
    private final SecurityIdentity identity;
    private final ConsoleTime time;
    private final dev.collections.rules.CandidateRuleSets candidates;

    public SimulationPage(@Location("console/simulation.html") Template form,
                          @Location("console/simulation-job.html") Template job,
                          @Location("console/simulation-cell.html") Template cell, Pages pages, SimulationJobs jobs,
                          ActiveRuleSet active, SecurityIdentity identity, ConsoleTime time,
                          dev.collections.rules.CandidateRuleSets candidates) {
        this.candidates = candidates;
        this.form = form;
        this.job = job;
        this.cell = cell;
        this.pages = pages;
        this.jobs = jobs;
        this.active = active;
        this.identity = identity;
        this.time = time;
    }

    @GET
    @PermitAll
    public Response show(@BeanParam Pages.Language language) {
        return pages.gate(language, Section.SIMULATION).orElseGet(() -> page(null, "", "", language, 200));
    }

    /** Starts a simulation in the background and opens its page. */
    @POST
    @PermitAll
    public Response start(@FormParam("candidate") String candidate, @FormParam("date") String date,
                          @FormParam(CsrfTokens.FIELD) String token, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.SIMULATION).orElseGet(() -> {
            pages.checkToken(token);
            List<String> refused = new ArrayList<>();
            OffsetDateTime asOf = asOf(date, refused);
            if (!refused.isEmpty()) {
                return page(refused, candidate, date, language, UNPROCESSABLE);
            }
            try {
                var rules = Candidate.compiled(candidates, candidate == null ? null : candidate.strip());
                var started = jobs.start(candidate.strip(), active.requireValid(), Candidate.of(rules), asOf,
                        identity.getPrincipal().getName());
                return Response.seeOther(URI.create("/console/simulation/" + started.id)).build();
            } catch (ProblemException e) {
                e.problem().violations().forEach(v -> refused.add(v.message()));
                return page(refused, candidate, date, language, UNPROCESSABLE);
            }
        });
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public Response job(@PathParam("id") long id, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.SIMULATION).orElseGet(() -> jobs.find(id).map(j -> pages.render(
                job.data("job", j).data("matrix", j.report() == null ? null : SimulationHtml.nextActions(j.report()))
                        .data("finishedAt", time.of(j.finishedAt())), language))
                .orElseGet(() -> page(null, "", "", language, Response.Status.NOT_FOUND.getStatusCode())));
    }

    /** Sample accounts of one from → to cell, each decided by both sides, side by side. */
    @GET
    @Path("/{id}/cell")
    @PermitAll
    public Response cell(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                         @BeanParam Pages.Language language) {
        return pages.gate(language, Section.SIMULATION).orElseGet(() -> jobs.find(id)
                .filter(j -> j.report() != null).map(j -> {
                    List<String> ids = j.report().samples().getOrDefault("next action: " + from + " -> " + to,
                            List.of());
                    var samples = ids.stream().map(a -> jobs.sample(j, a, pages.localeOf(language))).flatMap(java.util.Optional::stream)
                            .toList();
                    return pages.render(cell.data("job", j).data("from", from).data("to", to)
                            .data("samples", samples), language);
                }).orElseGet(() -> page(null, "", "", language, Response.Status.NOT_FOUND.getStatusCode())));
    }

    private Response page(List<String> refused, String candidate, String date, Pages.Language language, int status) {
        return pages.render(form.data("jobs", jobs.recent()).data("refused", refused)
                .data("candidate", candidate == null ? "" : candidate).data("candidates", candidates.names()).data("date", date == null ? "" : date)
                .data("today", LocalDate.now(time.zone())), language, status);
    }

    /** Noon of the chosen date in the business zone (now when no date is chosen). */
    private OffsetDateTime asOf(String date, List<String> refused) {
        if (date == null || date.isBlank()) {
            return OffsetDateTime.now(time.zone());
        }
        LocalDate day = Pages.date(date, null, refused);
        return day == null ? null : day.atTime(LocalTime.NOON).atZone(time.zone()).toOffsetDateTime();
    }
}
