package dev.collections.triage.rest;

import dev.collections.triage.TriageRun;
import dev.collections.triage.TriageService;

import dev.collections.common.Paging;
import dev.collections.common.ContentNegotiation;
import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Violations;
import dev.collections.common.BusinessDates;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operators' view of the nightly triage: start (or resume) a business date, follow its progress, read its
 * summary (JSON or the HTML page) and download its work lists.
 */
@Tag(name = "Triage")
@Path("/api/v1/triage-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class TriageResource {
    public record StartRequest(LocalDate businessDate) {
    }

    private final TriageService triage;
    private final SecurityIdentity identity;

    public TriageResource(TriageService triage, SecurityIdentity identity) {
        this.triage = triage;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start or resume the triage of a business date (today in the configured zone by default)")
    @APIResponse(responseCode = "202", description = "Started or resumed; GET the run (Location) for its progress",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TriageRun.class)))
    @APIResponse(responseCode = "200", description = "The date was triaged already; nothing is done again",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TriageRun.class)))
    public Response start(StartRequest request) {
        LocalDate today = LocalDate.now(triage.config().timeZone());
        LocalDate date = request == null || request.businessDate() == null ? today : request.businessDate();
        BusinessDates.past(new Violations(), "businessDate", date, today).throwIfAny();
        TriageRun run = triage.start(date, TriageRun.Trigger.API, identity.getPrincipal().getName());
        return Response.status(run.status() == TriageRun.Status.COMPLETED ? 200 : 202)
                .header("Location", "/api/v1/triage-runs/" + date).entity(run).build();
    }

    @GET
    @Operation(summary = "The latest runs, newest first")
    public List<TriageRun> list(@Parameter(description = "how many runs, 1 to 366 (default 30)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "366")) @QueryParam("limit") String limit) {
        int n = Paging.number(limit, 30, 1, 366, "limit");
        return triage.latest(n);
    }

    @GET
    @Path("/{date}")
    @Operation(summary = "One run: status and progress (processed of total, errors)")
    public TriageRun get(@PathParam("date") String date) {
        LocalDate d = BusinessDates.inPath(date);
        return triage.find(d).orElseThrow(() -> notFound(d));
    }

    @GET
    @Path("/{date}/summary")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "A completed run's summary: JSON, or the HTML page with charts (Accept: text/html)")
    @APIResponse(responseCode = "200", description = "The summary",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = dev.collections.triage.TriageSummary.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response summary(@PathParam("date") String date, @Context HttpHeaders headers) {
        LocalDate d = BusinessDates.inPath(date);
        if (ContentNegotiation.wantsHtml(headers)) {
            return file(date, "summary.html");
        }
        String json = triage.summary(d).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "The triage of " + d + " has no summary yet (it is not complete)"));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{date}/agencies/{name}")
    @Produces("text/csv")
    @Operation(summary = "A collection agency's file of the night: <agency id>-placements.csv, <agency id>-recalls.csv"
            + " (policy.md AG7: only what the agency needs)")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response agencyFile(@PathParam("date") String date, @PathParam("name") String name) {
        LocalDate d = BusinessDates.inPath(date);
        java.nio.file.Path file = triage.agencyFile(d, name).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "The triage of " + d + " has no agency file " + name));
        return Response.ok(file.toFile(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + d + "-" + name + "\"").build();
    }

    @GET
    @Path("/{date}/files/{name}")
    @Produces({"text/csv", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "A work list (sms.csv, calls.csv, visits.csv, legal.csv, tasks.csv, offers.csv, held.csv,"
            + " errors.csv) or the summary")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public Response file(@PathParam("date") String date, @PathParam("name") String name) {
        LocalDate d = BusinessDates.inPath(date);
        if (!TriageService.FILES.contains(name)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "A run has the files "
                    + TriageService.FILES.stream().sorted().toList());
        }
        java.nio.file.Path file = triage.file(d, name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "The triage of " + d + " has no " + name + " (yet)"));
        String type = name.endsWith(".csv") ? "text/csv; charset=UTF-8"
                : name.endsWith(".html") ? "text/html; charset=UTF-8" : MediaType.APPLICATION_JSON;
        return Response.ok(file.toFile(), type).build();
    }


    private static ProblemException notFound(LocalDate date) {
        return new ProblemException(ProblemType.NOT_FOUND, "No triage run for " + date);
    }
}
