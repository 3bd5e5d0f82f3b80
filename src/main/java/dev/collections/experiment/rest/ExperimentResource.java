package dev.collections.experiment.rest;

import dev.collections.common.ContentNegotiation;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Roles;
import dev.collections.common.Violations;
import dev.collections.experiment.Design;
import dev.collections.experiment.DesignCheck;
import dev.collections.experiment.Experiment;
import dev.collections.experiment.ExperimentHtml;
import dev.collections.experiment.ExperimentReport;
import dev.collections.experiment.Experiments;
import dev.collections.experiment.Promotion;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Champion/challenger experiments (docs/experiments.md): analysts start, stop and promote them; auditors and
 * operators read them and their reports.
 */
@Tag(name = "Experiments")
@Path("/api/v1/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentResource {
    private static final String NAME = DesignCheck.NAME;
    private static final String SALT = DesignCheck.SALT;

    /** What an analyst sets to start an experiment. */
    public record ExperimentRequest(
            @Schema(required = true, maxLength = 100, description = "What the challenger changes, in a few words")
            String name,
            @Schema(pattern = NAME, description = "The challenger's rules directory: a name under"
                    + " collections.experiments.directory, a complete rules directory with its scenarios. Required"
                    + " unless challengerScoreModel is given; without it the challenger decides by the live rules")
            String challengerDirectory,
            @Schema(required = true, minimum = "0.01", maximum = "50", description = "The challenger's share of"
                    + " accounts in percent, in steps of 0.01") BigDecimal sharePercent,
            @Schema(pattern = SALT, description = "The salt of the split (default: a new random one); the same salt"
                    + " gives the same split") String salt,
            @Schema(required = true, description = "The first business date the challenger decides (today or later)")
            LocalDate startsOn,
            @Schema(required = true, description = "The last business date it decides") LocalDate endsOn,
            @Schema(required = true, description = "Days after a decision its outcome is read (one of"
                    + " collections.triage.outcome-horizons)") Integer horizonDays,
            @Schema(pattern = DesignCheck.SCORE_MODEL, description = "A stored behavioural score model (its version)"
                    + " that scores the challenger's accounts, live or not: score-driven decisions against the"
                    + " champion's, scored by the live model or by none (docs/score.md)")
            String challengerScoreModel) {
    }

    private final Experiments experiments;
    private final Promotion promotion;
    private final DesignCheck designs;
    private final SecurityIdentity identity;

    public ExperimentResource(Experiments experiments, Promotion promotion, SecurityIdentity identity,
                              DesignCheck designs) {
        this.designs = designs;
        this.experiments = experiments;
        this.promotion = promotion;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an experiment: its challenger must pass the reload's gate (it compiles, its scenarios"
            + " pass); one runs at a time")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = Experiment.class)))
    public Response create(ExperimentRequest request) {
        Design design = validate(request);
        Experiment e = experiments.create(design, identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(e)
                .location(java.net.URI.create("/api/v1/experiments/" + e.id)).build();
    }

    private Design validate(ExperimentRequest r) {
        if (r == null) {
            new Violations().add("body", "is required").throwIfAny();
        }
        return designs.of(r.name(), r.challengerDirectory(), r.sharePercent(), r.salt(), r.startsOn(), r.endsOn(),
                r.horizonDays(), r.challengerScoreModel());
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR})
    @Operation(summary = "Every experiment, newest first")
    public List<Experiment> list() {
        return experiments.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR})
    @Operation(summary = "One experiment")
    public Experiment get(@PathParam("id") String id) {
        return experiments.find(id(id));
    }

    @POST
    @Path("/{id}/stop")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Stop a running experiment: every account is decided by the live rules again")
    public Experiment stop(@PathParam("id") String id) {
        return experiments.stop(id(id), identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/promote")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "After its end: make the challenger the live rule set through the gated reload, and end"
            + " the experiment")
    public Experiment promote(@PathParam("id") String id) {
        return promotion.promote(id(id), identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}/report")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR})
    @Operation(summary = "Each arm's outcomes and the challenger against the champion (JSON, or the page with"
            + " Accept: text/html)")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExperimentReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response report(@PathParam("id") String id, @Context HttpHeaders headers) {
        ExperimentReport report = experiments.report(id(id));
        return ContentNegotiation.wantsHtml(headers)
                ? Response.ok(ExperimentHtml.render(report), MediaType.TEXT_HTML_TYPE).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, "An experiment is named by its number");
        }
    }
}
