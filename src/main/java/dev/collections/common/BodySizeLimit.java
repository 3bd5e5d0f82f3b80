package dev.collections.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * Answers an oversized body with a 413 problem document: up front when Content-Length says so, and when the HTTP
 * layer's own limit ({@code quarkus.http.limits.max-body-size}) stops a body that did not say its size.
 */
@ApplicationScoped
public class BodySizeLimit {
    private static final long MAX_BYTES = 1024 * 1024;
    private static final int PAYLOAD_TOO_LARGE = 413;

    void filter(@Observes Filters filters) {
        filters.register(this::checkDeclaredLength, 1000);
    }

    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == PAYLOAD_TOO_LARGE && !context.response().headWritten()) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    private void checkDeclaredLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredTooLarge(length)) {
            tooLarge(context);
            return;
        }
        context.next();
    }

    private static boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void tooLarge(RoutingContext context) {
        Response problem = ProblemMapper.render(ProblemType.BODY_TOO_LARGE.problem("The body is larger than 1 MiB"));
        context.response().setStatusCode(PAYLOAD_TOO_LARGE)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end((String) problem.getEntity());
    }
}
