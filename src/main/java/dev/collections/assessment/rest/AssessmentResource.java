package dev.collections.assessment.rest;

import dev.collections.assessment.AssessmentService;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** POST /api/v1/assessments: one account's facts in, the next collections step out (api.md). */
@Tag(name = "Assessments")
@Path("/api/v1/assessments")
@RolesAllowed(Roles.API)
public class AssessmentResource {
    private final AssessmentService service;

    public AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Decide the next collections step for one account; every fact in the body")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Assessment assess(AccountFacts request) {
        return service.assess(request);
    }
}
