package dev.collections.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import java.util.List;

/**
 * The REST resources of the service: every bean of a feature's {@code rest} package that carries {@code @Path}, as
 * the CDI container knows them (Quarkus REST makes each resource class a bean at build time), so that what
 * describes them (the OpenAPI contract) needs no list and reads no class path: the same from a classes folder, the
 * packaged jar, a container image or a native image.
 */
final class ResourceClasses {
    private static final String ROOT = "dev.collections.";

    private ResourceClasses() {
    }

    static List<Class<?>> all() {
        ArcContainer container = Arc.container();
        if (container == null) {
            throw new IllegalStateException("The REST resources are listed by the running service's container");
        }
        return container.beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(Bean::getBeanClass)
                .filter(type -> type.getPackageName().startsWith(ROOT) && type.getPackageName().endsWith(".rest"))
                .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                .distinct()
                .toList();
    }
}
