package dev.collections.agency.rest;

import dev.collections.agency.Agencies;
import dev.collections.agency.Agency;
import dev.collections.agency.AgencyLeague;
import dev.collections.agency.AgencyStatusChange;
import dev.collections.common.Paging;
import dev.collections.common.Roles;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.policy.AgencyStatus;
import dev.collections.outcome.OutcomeConfig;
import dev.collections.triage.TriageConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bank's collection agencies (policy.md rev. 3, docs/agencies.md): operations contract, change and suspend them;
 * auditors and analysts read them, the history of their standing and how they did (the league table).
 */
@Tag(name = "Agencies")
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    /** What the bank agreed with an agency. */
    public record AgencyRequest(
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, maxLength = 64, description = "Its registration or licence number") String licenceNumber,
            @Schema(required = true, description = "The districts it works: 6-digit district codes, or [\"*\"] for"
                    + " every district") List<String> regions,
            @Schema(required = true, description = "The stages it takes (M4+ …)") List<String> stages,
            @Schema(required = true, minimum = "0", description = "How many accounts it may hold at once") Integer capacity,
            @Schema(required = true, minimum = "0", maximum = "1", description = "Its fee: the share of what it"
                    + " recovers (0.15 = 15%)") BigDecimal feeRate,
            @Schema(required = true) LocalDate contractFrom,
            @Schema(required = true) LocalDate contractUntil) {

        Agencies.Terms terms() {
            return new Agencies.Terms(name, licenceNumber, regions, stages, capacity, feeRate, contractFrom,
                    contractUntil);
        }
    }

    /** A change of an agency's standing, and why. */
    public record StatusRequest(@Schema(required = true) AgencyStatus status,
                                @Schema(required = true, maxLength = 1000, description = "Why, in a few words (kept)")
                                String reason) {
    }

    /** An agency as the API shows it. */
    public record AgencyView(long id, String name, String licenceNumber, List<String> regions, List<String> stages,
                             int capacity, BigDecimal feeRate, LocalDate contractFrom, LocalDate contractUntil,
                             AgencyStatus status, String statusChangedBy, java.time.OffsetDateTime statusChangedAt,
                             String statusReason) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.id, a.name, a.licenceNumber, a.regionList(), a.stageList(), a.capacity,
                    a.feeRate, a.contractFrom, a.contractUntil, a.status, a.statusChangedBy, a.statusChangedAt,
                    a.statusReason);
        }
    }

    private final Agencies agencies;
    private final AgencyLeague league;
    private final SecurityIdentity identity;
    private final TriageConfig triage;
    private final OutcomeConfig outcomes;

    public AgencyResource(Agencies agencies, AgencyLeague league, SecurityIdentity identity, TriageConfig triage,
                          OutcomeConfig outcomes) {
        this.agencies = agencies;
        this.league = league;
        this.identity = identity;
        this.triage = triage;
        this.outcomes = outcomes;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST})
    @Operation(summary = "Every agency the bank contracted, with its standing")
    public List<AgencyView> list() {
        return agencies.list().stream().map(AgencyView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Contract an agency: ACTIVE from now, its districts, stages, capacity, fee and contract")
    @APIResponse(responseCode = "201", description = "Contracted",
            content = @Content(schema = @Schema(implementation = AgencyView.class)))
    public Response create(AgencyRequest request) {
        if (request == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is required");
        }
        Agency a = agencies.create(request.terms(), user());
        return Response.status(Response.Status.CREATED).entity(AgencyView.of(a))
                .location(java.net.URI.create("/api/v1/agencies/" + a.id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST})
    @Operation(summary = "One agency")
    public AgencyView get(@PathParam("id") long id) {
        return AgencyView.of(agencies.find(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change what the bank agreed with an agency (not its standing: POST …/status)")
    public AgencyView update(@PathParam("id") long id, AgencyRequest request) {
        if (request == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is required");
        }
        return AgencyView.of(agencies.update(id, request.terms()));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an agency's standing (ACTIVE, SUSPENDED, ENDED), with why; the accounts of a"
            + " suspended or ended agency are recalled by the next night (AG4)")
    public AgencyView status(@PathParam("id") long id, StatusRequest request) {
        if (request == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is required");
        }
        return AgencyView.of(agencies.changeStatus(id, request.status(), user(), request.reason()));
    }

    @GET
    @Path("/{id}/status-history")
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(summary = "Every change of the agency's standing, newest first: to what, by whom, when, why")
    public List<AgencyStatusChange> history(@PathParam("id") long id) {
        return agencies.history(id);
    }

    @GET
    @Path("/league")
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST})
    @Operation(summary = "How each agency did at an outcome horizon: recovered amount and rate on the balance placed,"
            + " cure rate, complaints per 1,000 placements, fee earned; only placements whose horizon has passed")
    public AgencyLeague.Table league(@Parameter(description = "days after the placement, one of"
            + " collections.triage.outcome-horizons (default the first)", schema = @Schema(type = SchemaType.INTEGER))
                                     @QueryParam("horizon") String horizon) {
        int first = outcomes.outcomeHorizons().get(0);
        int h = Paging.number(horizon, first, 1, 366, "horizon");
        if (!outcomes.outcomeHorizons().contains(h)) {
            throw ProblemException.validation(List.of(new dev.collections.common.Problem.Violation("horizon",
                    "must be one of " + outcomes.outcomeHorizons())));
        }
        return league.of(h, LocalDate.now(triage.timeZone()));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
