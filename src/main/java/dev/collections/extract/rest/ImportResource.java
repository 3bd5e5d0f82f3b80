package dev.collections.extract.rest;

import dev.collections.common.Paging;
import dev.collections.common.Roles;
import dev.collections.extract.ImportMode;
import dev.collections.extract.ImportRecords;
import dev.collections.extract.ImportReport;
import dev.collections.extract.Imports;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/v1/imports: loads an extract directory that core banking dropped under the configured inbound
 * directory, named by its directory name only (no paths: nothing outside the inbound directory can be read).
 */
@Tag(name = "Triage")
@Path("/api/v1/imports")
public class ImportResource {
    public record ImportRequest(@Schema(required = true, description = "An extract directory of the inbound"
                                        + " directory, by name") String extract,
                                @Schema(description = "The date of the positions the accounts file reports; today in"
                                        + " the configured zone when absent") LocalDate businessDate,
                                @Schema(description = "FULL (default): the daily extract; its positions replace every"
                                        + " position of the date, and it is refused (422, nothing written) when it"
                                        + " holds fewer accounts than collections.imports.full-minimum-share (80%)"
                                        + " of that date's, or the latest earlier date's, positions. DELTA: a"
                                        + " correction; only the positions of the accounts in the file are replaced")
                                ImportMode mode,
                                @Schema(description = "A FULL import that holds too few accounts goes through all the"
                                        + " same (default false)") Boolean force) {
    }

    private final Imports imports;
    private final SecurityIdentity identity;

    public ImportResource(Imports imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest imports, newest first: extract, business date, who started it, when, rows")
    public List<ImportRecords.Recorded> latest(@Parameter(description = "how many, 1 to 366 (default 30)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "366")) @QueryParam("limit") String limit) {
        return imports.latest(Paging.number(limit, 30, 1, 366, "limit"));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an extract directory from the inbound directory; rejects go to its rejects/ folder")
    public ImportReport importExtract(ImportRequest request) {
        return imports.run(request == null ? null : request.extract(), request == null ? null : request.businessDate(),
                identity.getPrincipal().getName(), request == null ? null : request.mode(),
                request != null && Boolean.TRUE.equals(request.force()));
    }
}
