package dev.collections.extract.rest;

import dev.collections.extract.ExtractImport;
import dev.collections.extract.ImportReport;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.collections.common.Violations;
import dev.collections.triage.TriageConfig;
import dev.collections.common.BusinessDates;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.StageTable;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.collections.common.Paging;
import dev.collections.extract.ImportRecords;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/v1/imports: loads an extract directory that core banking dropped under the configured inbound
 * directory, named by its directory name only (no paths: nothing outside the inbound directory can be read).
 */
@Tag(name = "Triage")
@Path("/api/v1/imports")
public class ImportResource {
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}";

    public record ImportRequest(@Schema(required = true) String extract,
                                @Schema(description = "The date of the positions the accounts file reports; today in"
                                        + " the configured zone when absent") LocalDate businessDate) {
    }

    private final DataSource database;
    private final TriageConfig config;
    private final ActiveRuleSet rules;
    private final SecurityIdentity identity;

    public ImportResource(DataSource database, TriageConfig config, ActiveRuleSet rules, SecurityIdentity identity) {
        this.database = database;
        this.config = config;
        this.rules = rules;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest imports, newest first: extract, business date, who started it, when, rows")
    public List<ImportRecords.Recorded> latest(@Parameter(description = "how many, 1 to 366 (default 30)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "366")) @QueryParam("limit") String limit) {
        return ImportRecords.latest(database, Paging.number(limit, 30, 1, 366, "limit"));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an extract directory from the inbound directory; rejects go to its rejects/ folder")
    public ImportReport importExtract(ImportRequest request) {
        String name = request == null ? null : request.extract();
        LocalDate today = LocalDate.now(config.timeZone());
        LocalDate date = request == null || request.businessDate() == null ? today : request.businessDate();
        Violations v = new Violations().required("extract", name)
                .check(name == null || (name.matches(NAME) && !name.contains("..")), "extract",
                        "is the name of a directory under the inbound directory: letters, digits, _ . -");
        BusinessDates.past(v, "businessDate", date, today).throwIfAny();
        var stages = StageTable.of(rules.requireValid(), rules.fireLimit());
        return new ExtractImport(database, stages).run(config.inboundDirectory().resolve(name), date,
                identity.getPrincipal().getName());
    }
}
