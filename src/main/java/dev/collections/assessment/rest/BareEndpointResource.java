package dev.collections.assessment.rest;

import dev.collections.model.AccountFacts;
import dev.collections.common.Roles;
import io.quarkus.resteasy.reactive.server.EndpointDisabled;
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
 * the service runs with {@code collections.benchmark.bare-endpoint=true} (bench/run-load.sh starts it so).
 */
@Path("/api/v1/benchmark/bare-assessments")
@RolesAllowed(Roles.API)
@EndpointDisabled(name = "collections.benchmark.bare-endpoint", stringValue = "false", disableIfMissing = true)
public class BareEndpointResource {
    private final BenchmarkConfig benchmark;

    BareEndpointResource(BenchmarkConfig benchmark) {
        this.benchmark = benchmark;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public AccountFacts echo(AccountFacts request) {
        // off, the endpoint is not deployed at all (@EndpointDisabled); the mapping is read here because Quarkus
        // registers a mapping only where it is injected, and an unregistered key under collections stops the start
        if (!benchmark.bareEndpoint()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return request;
    }
}
