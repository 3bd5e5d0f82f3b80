package dev.collections.common;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gauges read from one bean's state, removed again when the bean goes away. A gauge left registered after its bean
 * is gone keeps its name taken: a service started again in the same JVM (as the tests do) would have its own gauge
 * refused in favour of the old one, which reads a stopped container and reports NaN.
 */
public final class OwnedGauges {
    private final MeterRegistry registry;
    private final List<Meter> owned = new ArrayList<>();

    public OwnedGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    public OwnedGauges add(String name, String description, Supplier<Number> value) {
        owned.add(Gauge.builder(name, value).description(description).strongReference(true).register(registry));
        return this;
    }

    /** Removes every gauge this owner registered; call it from the owner's {@code @PreDestroy}. */
    public void removeAll() {
        owned.forEach(registry::remove);
        owned.clear();
    }
}
