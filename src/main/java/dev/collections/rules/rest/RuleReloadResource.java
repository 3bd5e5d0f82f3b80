package dev.collections.rules.rest;

import dev.collections.rules.RuleReloader;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.collections.common.Paging;
import dev.collections.rules.Reload;
import dev.collections.rules.RuleSetActivation;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Putting analysts' edits live, and the record of every rule set that went live. */
@Tag(name = "Rules")
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANALYST)
public class RuleReloadResource {
    private final RuleReloader reloader;

    public RuleReloadResource(RuleReloader reloader) {
        this.reloader = reloader;
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Load the rules directory now; it goes live only if it compiles and every scenario passes")
    public Reload reload() {
        return reloader.reload("api");
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.ANALYST, Roles.AUDITOR})
    @Transactional
    @Operation(summary = "Every rule set that went live, newest first")
    public List<RuleSetActivation> history(
            @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "entries a page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return RuleSetActivation.newestFirst(paging.page(), paging.size());
    }
}
