package dev.collections.score.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Roles;
import dev.collections.common.Violations;
import dev.collections.outcome.OutcomeConfig;
import dev.collections.score.ScoreFollower;
import dev.collections.score.ScoreModels;
import dev.collections.score.StoredModel;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The behavioural score's models for analysts (docs/score.md): train, list, put live through the gate, roll back. */
@Path("/api/v1/score-models")
@Tag(name = "Score models")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreModelResource {

    /** What an analyst sets to train a model. */
    public record TrainingRequest(
            @Schema(required = true, enumeration = {"UCI", "OUTCOMES"}, description = "What the model learns from:"
                    + " UCI, the public card portfolio (outcome: default the month after); OUTCOMES, this service's"
                    + " decisions and what followed them (outcome: rolled forward, in M4+ did not improve)")
            String source,
            @Schema(description = "OUTCOMES: the horizon of the outcomes, one of collections.triage.outcome-horizons"
                    + " (default the first)") Integer horizonDays,
            @Schema(description = "OUTCOMES: the first day of the decisions learnt from") LocalDate from,
            @Schema(description = "The split's and the trees' seed (default 42)") Long seed,
            @Schema(minimum = "0.1", maximum = "0.5", description = "The share held out to judge the model"
                    + " (default 0.3)") BigDecimal heldOut) {
    }

    /** A stored model; {@code report} only when one model is asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModelView(String version, String sha256, String source, String target, BigDecimal auc,
                            BigDecimal calibrationError, String trainedBy, OffsetDateTime trainedAt, boolean live,
                            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                                    description = "The training report: figures held out, the baseline's, per"
                                            + " group, and what the model reads most")
                            @JsonRawValue String report) {
        static ModelView of(StoredModel m, Optional<StoredModel> live, boolean withReport) {
            return new ModelView(m.version, m.sha256, m.source, m.target, m.auc, m.calibrationError, m.trainedBy,
                    m.trainedAt, live.isPresent() && live.get().id.equals(m.id), withReport ? m.report : null);
        }
    }

    private final ScoreModels models;
    private final ScoreFollower follower;
    private final SecurityIdentity identity;
    private final OutcomeConfig horizons;

    public ScoreModelResource(ScoreModels models, ScoreFollower follower, SecurityIdentity identity,
                              OutcomeConfig horizons) {
        this.models = models;
        this.horizons = horizons;
        this.follower = follower;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Train a model and store it (not live); the same data and seed give the same model")
    @APIResponse(responseCode = "201", description = "Trained",
            content = @Content(schema = @Schema(implementation = ModelView.class)))
    public Response train(TrainingRequest request) {
        Violations v = new Violations();
        if (request == null) {
            v.add("body", "is required").throwIfAny();
        }
        boolean outcomes = "OUTCOMES".equals(request.source());
        if (!outcomes && !"UCI".equals(request.source())) {
            v.add("source", "must be UCI or OUTCOMES");
        }
        int horizon = request.horizonDays() == null ? horizons.outcomeHorizons().get(0) : request.horizonDays();
        if (outcomes && !horizons.outcomeHorizons().contains(horizon)) {
            v.add("horizonDays", "must be one of " + horizons.outcomeHorizons());
        }
        if (outcomes && request.from() == null) {
            v.add("from", "is required for OUTCOMES: the first day of the decisions learnt from");
        }
        double heldOut = request.heldOut() == null ? 0.3 : request.heldOut().doubleValue();
        if (heldOut < 0.1 || heldOut > 0.5) {
            v.add("heldOut", "must be between 0.1 and 0.5");
        }
        v.throwIfAny();
        long seed = request.seed() == null ? 42 : request.seed();
        StoredModel m = outcomes ? models.trainFromOutcomes(horizon, request.from(), heldOut, seed, who())
                : models.trainFromUci(seed, heldOut, who());
        return Response.status(Response.Status.CREATED).entity(ModelView.of(m, models.live(), true))
                .location(URI.create("/api/v1/score-models/" + m.version)).build();
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR})
    @Operation(summary = "Every stored model, newest first, and which is live")
    public List<ModelView> list() {
        Long live = models.live().map(m -> m.id).orElse(null);
        return models.all().stream().map(m -> new ModelView(m.version(), m.sha256(), m.source(), m.target(), m.auc(),
                m.calibrationError(), m.trainedBy(), m.trainedAt(), m.id().equals(live), null)).toList();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR})
    @Operation(summary = "One model with its training report")
    public ModelView get(@PathParam("version") String version) {
        return ModelView.of(find(version), models.live(), true);
    }

    @POST
    @Path("/{version}/live")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Put a model live: refused (409) when its held-out AUC is below the live model's by more"
            + " than collections.score.gate.auc-margin, or its calibration error is above"
            + " collections.score.gate.max-calibration-error")
    public ModelView putLive(@PathParam("version") String version) {
        StoredModel m = models.putLive(find(version).version, who());
        follower.follow(); // this replica at once; the others within collections.rules.follow-interval
        return ModelView.of(m, models.live(), false);
    }

    @POST
    @Path("/rollback")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Put back the model live before the current one; with none before, the score is off")
    @APIResponse(responseCode = "200", description = "The model now live",
            content = @Content(schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "204", description = "No model is live now")
    public Response rollback() {
        Optional<StoredModel> now = models.rollback(who());
        follower.follow();
        return now.map(m -> Response.ok(ModelView.of(m, now, false)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @jakarta.ws.rs.DELETE
    @Path("/live")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Switch the score off at once: no model is live and the rules decide as without a score"
            + " (a rollback puts the last model back)")
    @APIResponse(responseCode = "204", description = "No model is live")
    public void switchOff() {
        models.switchOff(who());
        follower.follow();
    }

    private StoredModel find(String version) {
        return models.find(version).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No score model " + version));
    }

    private String who() {
        return identity.getPrincipal().getName();
    }
}
