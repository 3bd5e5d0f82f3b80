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
import dev.collections.rules.DecisionLanguage;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * POST /api/v1/accounts/{accountId}/assessments: decide from the stored record. The body is optional; facts in it
 * replace or add to the stored ones (same shape as POST /api/v1/assessments, every field optional).
 */
@Tag(name = "Assessments")
@Path("/api/v1/accounts/{accountId}/assessments")
@RolesAllowed(Roles.API)
public class AccountAssessmentResource {
    private final RecordedAssessments assessments;
    private final DecisionLanguage language;

    public AccountAssessmentResource(RecordedAssessments assessments, DecisionLanguage language) {
        this.assessments = assessments;
        this.language = language;
    }

    @POST
    @Operation(summary = "Decide from the stored record; facts in the body replace or add to it",
            description = Said.ACCEPT_LANGUAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = Said.ANSWER, headers = @Header(name = "Content-Language",
            description = Said.CONTENT_LANGUAGE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
            .enums.SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Assessment.class)))
    public RestResponse<Assessment> assess(@PathParam("accountId") String accountId,
                             @RequestBody(required = false, description = "Facts that replace or add to the stored"
                                     + " ones; every field optional") AccountFacts given,
                             @Parameter(hidden = true)
                             @HeaderParam("Accept-Language") String acceptLanguage) {
        return Said.in(language, assessments.assess(accountId, given), acceptLanguage);
    }
}
