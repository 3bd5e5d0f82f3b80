package dev.collections.triage.rest;

import dev.collections.triage.TriageRun;
import dev.collections.triage.TriageService;

import dev.collections.common.ContentNegotiation;
import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Violations;
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
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    static final Set<String> FILES = Set.of("sms.csv", "calls.csv", "visits.csv", "legal.csv", "tasks.csv",
            "errors.csv", "summary.json", "summary.html");

    /** A business date further than this from today is a typo, not a night to triage. */
    private static final int MAX_DAYS_AWAY = 366;

    public record StartRequest(LocalDate businessDate) {
    }

    private final TriageService triage;

    public TriageResource(TriageService triage) {
        this.triage = triage;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start or resume the triage of a business date (today in the configured zone by default)")
    public Response start(StartRequest request) {
        LocalDate today = LocalDate.now(triage.config().timeZone());
        LocalDate date = request == null || request.businessDate() == null ? today : request.businessDate();
        new Violations().check(Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, date)) <= MAX_DAYS_AWAY,
                "businessDate", "must be within " + MAX_DAYS_AWAY + " days of today").throwIfAny();
        TriageRun run = triage.start(date, TriageRun.Trigger.API);
        return Response.status(run.status() == TriageRun.Status.COMPLETED ? 200 : 202)
                .header("Location", "/api/v1/triage-runs/" + date).entity(run).build();
    }

    @GET
    @Operation(summary = "The latest runs, newest first")
    public List<TriageRun> list(@QueryParam("limit") Integer limit) {
        int n = limit == null ? 30 : limit;
        new Violations().check(n >= 1 && n <= 366, "limit", "must be between 1 and 366").throwIfAny();
        return triage.latest(n);
    }

    @GET
    @Path("/{date}")
    @Operation(summary = "One run: status and progress (processed of total, errors)")
    public TriageRun get(@PathParam("date") String date) {
        LocalDate d = date(date);
        return triage.find(d).orElseThrow(() -> notFound(d));
    }

    @GET
    @Path("/{date}/summary")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "A completed run's summary: JSON, or the HTML page with charts (Accept: text/html)")
    public Response summary(@PathParam("date") String date, @Context HttpHeaders headers) {
        LocalDate d = date(date);
        if (ContentNegotiation.wantsHtml(headers)) {
            return file(date, "summary.html");
        }
        String json = triage.summary(d).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "The triage of " + d + " has no summary yet (it is not complete)"));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{date}/files/{name}")
    @Produces({"text/csv", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "A work list (sms.csv, calls.csv, visits.csv, legal.csv, tasks.csv, errors.csv) or the summary")
    public Response file(@PathParam("date") String date, @PathParam("name") String name) {
        LocalDate d = date(date);
        if (!FILES.contains(name)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "A run has the files " + FILES.stream().sorted().toList());
        }
        java.nio.file.Path file = triage.config().outputDirectory().resolve(d.toString()).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "The triage of " + d + " has no " + name + " (yet)");
        }
        String type = name.endsWith(".csv") ? "text/csv; charset=UTF-8"
                : name.endsWith(".html") ? "text/html; charset=UTF-8" : MediaType.APPLICATION_JSON;
        return Response.ok(file.toFile(), type).build();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, "A business date is written like 2026-11-23");
        }
    }

    private static ProblemException notFound(LocalDate date) {
        return new ProblemException(ProblemType.NOT_FOUND, "No triage run for " + date);
    }
}
