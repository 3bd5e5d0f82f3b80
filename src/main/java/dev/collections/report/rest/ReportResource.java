package dev.collections.report.rest;

import dev.collections.common.ContentNegotiation;
import dev.collections.common.Roles;
import dev.collections.common.Violations;
import dev.collections.report.OutcomeReport;
import dev.collections.report.ReportHtml;
import dev.collections.report.Reports;
import dev.collections.report.RollRateReport;
import dev.collections.outcome.OutcomeConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reports a collections department reads first: roll rates between two dates, and what decisions led to. */
@Tag(name = "Reports")
@Path("/api/v1/reports")
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
@RolesAllowed({Roles.OPERATOR, Roles.ANALYST, Roles.AUDITOR})
public class ReportResource {
    private final Reports reports;
    private final OutcomeConfig config;

    public ReportResource(Reports reports, OutcomeConfig config) {
        this.reports = reports;
        this.config = config;
    }

    @GET
    @Path("/roll-rates")
    @Operation(summary = "The stage-to-stage matrix between two dates' positions, with each row's rates"
            + " (JSON, or the page with Accept: text/html)")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RollRateReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response rollRates(@Parameter(required = true, description = "the earlier date, like 2026-10-31",
                                      schema = @Schema(type = SchemaType.STRING, format = "date"))
                              @QueryParam("from") String from,
                              @Parameter(required = true, description = "the later date",
                                      schema = @Schema(type = SchemaType.STRING, format = "date"))
                              @QueryParam("to") String to,
                              @Context HttpHeaders headers) {
        Violations v = new Violations();
        LocalDate start = date(v, "from", from);
        LocalDate end = date(v, "to", to);
        v.check(start == null || end == null || start.isBefore(end), "to", "must be after from").throwIfAny();
        RollRateReport report = reports.rollRates(start, end);
        return ContentNegotiation.wantsHtml(headers)
                ? Response.ok(ReportHtml.rollRates(report), MediaType.TEXT_HTML_TYPE).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/outcomes")
    @Operation(summary = "What the decisions of a period led to at a horizon, per next action and stage"
            + " (JSON, or the page with Accept: text/html)")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response outcomes(@Parameter(required = true, description = "the first decision date",
                                     schema = @Schema(type = SchemaType.STRING, format = "date"))
                             @QueryParam("from") String from,
                             @Parameter(required = true, description = "the last decision date",
                                     schema = @Schema(type = SchemaType.STRING, format = "date"))
                             @QueryParam("to") String to,
                             @Parameter(description = "days after the decision: one of the configured horizons"
                                     + " (default the first, 30)", schema = @Schema(type = SchemaType.INTEGER))
                             @QueryParam("horizon") String horizon,
                             @Context HttpHeaders headers) {
        Violations v = new Violations();
        LocalDate start = date(v, "from", from);
        LocalDate end = date(v, "to", to);
        v.check(start == null || end == null || !start.isAfter(end), "to", "must not be before from");
        Integer days = config.outcomeHorizons().get(0);
        if (horizon != null) {
            try {
                days = Integer.valueOf(horizon.trim());
            } catch (NumberFormatException e) {
                days = null;
            }
        }
        v.check(days != null && config.outcomeHorizons().contains(days), "horizon",
                "must be one of " + config.outcomeHorizons()).throwIfAny();
        OutcomeReport report = reports.outcomes(start, end, days);
        return ContentNegotiation.wantsHtml(headers)
                ? Response.ok(ReportHtml.outcomes(report), MediaType.TEXT_HTML_TYPE).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static LocalDate date(Violations v, String field, String value) {
        v.required(field, value);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            v.moment(field, date);
            return date;
        } catch (DateTimeParseException e) {
            v.add(field, "must be a date like 2026-11-30");
            return null;
        }
    }
}
