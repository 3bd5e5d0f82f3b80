package dev.collections.extract.rest;

import dev.collections.extract.ExtractImport;
import dev.collections.extract.ImportReport;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.collections.common.Violations;
import dev.collections.triage.TriageConfig;
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
@RolesAllowed(Roles.OPERATOR)
public class ImportResource {
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}";

    public record ImportRequest(String extract) {
    }

    private final DataSource database;
    private final TriageConfig config;

    public ImportResource(DataSource database, TriageConfig config) {
        this.database = database;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an extract directory from the inbound directory; rejects go to its rejects/ folder")
    public ImportReport importExtract(ImportRequest request) {
        String name = request == null ? null : request.extract();
        new Violations().required("extract", name)
                .check(name == null || (name.matches(NAME) && !name.contains("..")), "extract",
                        "is the name of a directory under the inbound directory: letters, digits, _ . -")
                .throwIfAny();
        return new ExtractImport(database).run(config.inboundDirectory().resolve(name));
    }
}
