package dev.collections.simulation.rest;

import dev.collections.simulation.Candidate;
import dev.collections.simulation.SimulationHtml;
import dev.collections.simulation.SimulationReport;
import dev.collections.simulation.Simulator;
import dev.collections.simulation.StoredPortfolio;

import dev.collections.common.ContentNegotiation;
import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.collections.rules.AssessmentConfig;
import dev.collections.common.ProblemException;
import dev.collections.common.Violations;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.Challenger;
import dev.collections.rules.RuleSet;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/v1/simulations: a candidate rules directory (on the server) side by side with the live rules over the
 * stored portfolio, as of one moment. JSON by default; the HTML page with Accept: text/html.
 */
@Tag(name = "Rules")
@Path("/api/v1/simulations")
@RolesAllowed(Roles.ANALYST)
public class SimulationResource {
    private static final int SAMPLES = 10;

    public record SimulationRequest(
            @Schema(description = "A candidate rule set: the name of a directory under the candidates directory"
                    + " (collections.experiments.directory); or name an experiment") String candidateDirectory,
            OffsetDateTime asOf,
            @Schema(description = "The running experiment (its id): its challenger on its share of accounts, the live"
                    + " rules on the others, instead of a candidate directory") Long experiment) {
    }

    private final ActiveRuleSet active;
    private final javax.sql.DataSource database;
    private final AssessmentConfig config;
    private final dev.collections.rules.CandidateRuleSets candidates;

    public SimulationResource(ActiveRuleSet active, javax.sql.DataSource database, AssessmentConfig config,
                              dev.collections.rules.CandidateRuleSets candidates) {
        this.candidates = candidates;
        this.active = active;
        this.database = database;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "What a candidate rules directory would change across the stored portfolio")
    @APIResponse(responseCode = "200", description = "The comparison: JSON, or the page with Accept: text/html",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimulationReport.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response simulate(SimulationRequest request, @Context HttpHeaders headers) {
        Violations v = new Violations();
        boolean experiment = request != null && request.experiment() != null;
        v.check(request != null && (request.candidateDirectory() == null) == experiment, "candidateDirectory",
                "name either a candidate directory or an experiment");
        v.moment("asOf", request == null ? null : request.asOf());
        v.throwIfAny();
        RuleSet live = active.requireValid();
        Candidate candidate = experiment ? running(request.experiment(), live)
                : Candidate.of(Candidate.compiled(candidates, request.candidateDirectory()));
        OffsetDateTime asOf = request.asOf() == null ? OffsetDateTime.now(config.defaultTimezone()) : request.asOf();
        SimulationReport report;
        try (var portfolio = new StoredPortfolio(database, asOf)) {
            report = new Simulator(config.defaultTimezone(), active.fireLimit(), SAMPLES).run(live, candidate,
                    portfolio, asOf);
        } catch (java.sql.SQLException e) {
            throw new ProblemException(dev.collections.common.ProblemType.DATABASE_UNAVAILABLE,
                    "The stored portfolio could not be read; retry");
        }
        if (ContentNegotiation.wantsHtml(headers)) {
            return Response.ok(SimulationHtml.render(report), MediaType.TEXT_HTML_TYPE).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Candidate running(long experiment, RuleSet live) {
        Challenger challenger = active.challenger();
        if (challenger == null || challenger.experiment() != experiment) {
            throw ProblemException.validation(new Violations().add("experiment", "is not the running experiment")
                    .list());
        }
        return Candidate.experiment(live, challenger);
    }
}
