package dev.collections.rules.rest;

import dev.collections.common.Paging;
import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Roles;
import dev.collections.common.Violations;
import dev.collections.rules.Reload;
import dev.collections.rules.RuleReloader;
import dev.collections.rules.RuleSetActivation;
import dev.collections.rules.RuleSetHistory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Putting analysts' edits live, the record of every rule set that went live, the difference between two of them,
 * and putting an earlier one live again.
 */
@Tag(name = "Rules")
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANALYST)
public class RuleReloadResource {
    private static final String VERSION = "sha256:[0-9a-f]{64}";
    private final RuleReloader reloader;
    private final RuleSetHistory history;

    public RuleReloadResource(RuleReloader reloader, RuleSetHistory history) {
        this.reloader = reloader;
        this.history = history;
    }

    public record RollbackRequest(@Schema(description = "The version to put live again (from the history)",
            pattern = VERSION, required = true) String version) {
    }

    public record VersionDiff(String from, String to, List<RuleSetHistory.FileDiff> files) {
    }

    @POST
    @Path("/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an earlier rule set live again, through the same gate as every reload (its own"
            + " scenarios must pass); refused, the rules stay as they were (422 with the reasons)")
    @APIResponse(responseCode = "200", description = "The rule set is live again (ACTIVATED), or was already")
    @APIResponse(responseCode = "404", description = "The history keeps no files of that version")
    public Reload rollback(RollbackRequest request) {
        new Violations().check(request != null && request.version() != null && request.version().matches(VERSION),
                "version", "a rule-set version from the history, sha256: and 64 hex digits").throwIfAny();
        Reload reload = reloader.rollback(request.version()).reload();
        if (reload.outcome() == Reload.Outcome.REFUSED) {
            throw ProblemException.validation(reload.reasons().stream().map(r -> new Problem.Violation("version",
                    (r.file() == null ? "" : r.file() + ": ") + r.message())).toList());
        }
        return reload;
    }

    @GET
    @Path("/diff")
    @RolesAllowed({Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "How two rule sets of the history differ, file by file (unified diffs)")
    @APIResponse(responseCode = "200", description = "The files that differ")
    @APIResponse(responseCode = "404", description = "The history keeps no files of one of the versions")
    public VersionDiff diff(@Parameter(description = "the earlier version", required = true,
                                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION)) @QueryParam("from") String from,
                            @Parameter(description = "the later version", required = true,
                                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION)) @QueryParam("to") String to) {
        new Violations().check(from != null && from.matches(VERSION), "from", "a rule-set version from the history")
                .check(to != null && to.matches(VERSION), "to", "a rule-set version from the history").throwIfAny();
        return new VersionDiff(from, to, RuleSetHistory.diff(kept(from), kept(to)));
    }

    private java.util.Map<String, String> kept(String version) {
        return history.files(version).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "The history keeps no files of rule set " + version));
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
