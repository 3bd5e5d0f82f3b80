package dev.collections.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer of the console (and of its sign-in) says {@code Cache-Control: no-store}: no page of an account, a
 * rule set or a run is kept by the browser or a proxy, so the Back button after signing out shows nothing of them.
 */
@ApplicationScoped
public class ConsoleHeaders {
    /** The console's sign-in form, whose answers are console pages too. */
    public static final String SIGN_IN = "/j_security_check";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.normalizedPath();
            if (path.equals("/console") || path.startsWith("/console/") || SIGN_IN.equals(path)) {
                rc.addHeadersEndHandler(ended -> rc.response().putHeader("Cache-Control", "no-store")
                        .putHeader("Pragma", "no-cache"));
            }
            rc.next();
        }, Integer.MAX_VALUE);
    }
}
