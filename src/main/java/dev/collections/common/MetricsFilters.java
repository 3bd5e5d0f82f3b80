package dev.collections.common;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Metrics that cost the requests more than they tell. {@code jvm.threads.states} takes a thread dump of every
 * thread (a JVM-wide pause) on each scrape: with a scrape every 5 s it tripled the assessments' p99 under load
 * (bench/README.md). The live and daemon thread counts stay.
 */
@Singleton
public class MetricsFilters {

    @Produces
    @Singleton
    public MeterFilter noThreadDumpOnScrape() {
        return MeterFilter.denyNameStartsWith("jvm.threads.states");
    }
}
