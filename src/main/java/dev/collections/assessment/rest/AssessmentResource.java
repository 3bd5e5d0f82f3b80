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
import dev.collections.rules.DecisionLanguage;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** POST /api/v1/assessments: one account's facts in, the next collections step out (api.md). */
@Tag(name = "Assessments")
@Path("/api/v1/assessments")
@RolesAllowed(Roles.API)
public class AssessmentResource {
    private final AssessmentService service;
    private final DecisionLanguage language;

    public AssessmentResource(AssessmentService service, DecisionLanguage language) {
        this.service = service;
        this.language = language;
    }

    @POST
    @Operation(summary = "Decide the next collections step for one account; every fact in the body",
            description = Said.ACCEPT_LANGUAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = Said.ANSWER, headers = @Header(name = "Content-Language",
            description = Said.CONTENT_LANGUAGE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
            .enums.SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Assessment.class)))
    public RestResponse<Assessment> assess(AccountFacts request,
                                           @Parameter(hidden = true) @HeaderParam("Accept-Language") String acceptLanguage) {
        return Said.in(language, service.assess(request), acceptLanguage);
    }
}
