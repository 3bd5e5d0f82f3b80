package dev.collections.benchmark;

import dev.collections.assessment.AssessmentRequest;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Roles;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The load test's yardstick (bench/README.md): the same HTTP stack, security and strict JSON parsing as
 * POST /api/v1/assessments, then the parsed body straight back, with no rules and no database. Off (404) unless
 * {@code collections.benchmark.bare-endpoint=true}.
 */
@Path("/api/v1/benchmark/bare-assessments")
@RolesAllowed(Roles.API)
public class BareEndpointResource {

    @ConfigMapping(prefix = "collections.benchmark")
    public interface BenchmarkConfig {
        /** Whether the bare endpoint answers; only for the load test. */
        @WithDefault("false")
        boolean bareEndpoint();
    }

    private final BenchmarkConfig config;

    public BareEndpointResource(BenchmarkConfig config) {
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public AssessmentRequest echo(AssessmentRequest request) {
        if (!config.bareEndpoint()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Not found");
        }
        return request;
    }
}
