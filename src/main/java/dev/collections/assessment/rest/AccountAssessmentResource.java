package dev.collections.assessment.rest;

import dev.collections.assessment.RecordedAssessments;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * POST /api/v1/accounts/{accountId}/assessments: decide from the stored record. The body is optional; facts in it
 * replace or add to the stored ones (same shape as POST /api/v1/assessments, every field optional).
 */
@Tag(name = "Assessments")
@Path("/api/v1/accounts/{accountId}/assessments")
@RolesAllowed(Roles.API)
public class AccountAssessmentResource {
    private final RecordedAssessments assessments;

    public AccountAssessmentResource(RecordedAssessments assessments) {
        this.assessments = assessments;
    }

    @POST
    @Operation(summary = "Decide from the stored record; facts in the body replace or add to it")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Assessment assess(@PathParam("accountId") String accountId,
                             @RequestBody(required = false, description = "Facts that replace or add to the stored"
                                     + " ones; every field optional") AccountFacts given) {
        return assessments.assess(accountId, given);
    }
}
