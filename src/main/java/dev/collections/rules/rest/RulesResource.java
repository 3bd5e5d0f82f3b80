package dev.collections.rules.rest;

import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.Reload;
import dev.collections.rules.RuleSet;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * What the service decides with: version, files, rules; while no set is live, why not; and what the last reload
 * attempt did (a refused candidate's compile errors and failing scenarios).
 */
@Tag(name = "Rules")
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.AUDITOR})
public class RulesResource {

    public record RulesView(String version, boolean valid, String directory, Instant compiledAt,
                            List<RuleSet.RuleFile> files, List<RuleSet.RuleInfo> rules,
                            List<RuleSet.RuleError> errors, Reload lastReload) {
    }

    private final ActiveRuleSet active;

    public RulesResource(ActiveRuleSet active) {
        this.active = active;
    }

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The live rule set: version, files, rules; while"
            + " none is live, why; and what the last reload did")
    public RulesView get() {
        RuleSet r = active.current();
        return new RulesView(r.version(), r.isValid(), r.directory(), r.compiledAt(), r.files(), r.rules(),
                r.errors(), active.lastReload());
    }
}
