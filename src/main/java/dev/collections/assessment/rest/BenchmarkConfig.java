package dev.collections.assessment.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The load test's switch (bench/run-load.sh): {@link BareEndpointResource} answers only when it is on. Declared so
 * that the configuration knows the key: a key under {@code collections} that no mapping declares stops the service
 * at start.
 */
@ConfigMapping(prefix = "collections.benchmark")
public interface BenchmarkConfig {

    /** The bare endpoint, the yardstick of the load test; never on in production. */
    @WithDefault("false")
    boolean bareEndpoint();
}
