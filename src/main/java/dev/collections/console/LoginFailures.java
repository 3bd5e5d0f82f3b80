package dev.collections.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A wrong user or password on the login form sends the browser back to the login page with the error shown. (With
 * authentication deferred to the endpoints, quarkus.http.auth.proactive=false, the form login answers a failed
 * attempt with a bare 401 instead of its error page.)
 */
@ApplicationScoped
public class LoginFailures {
    static final String POST_LOCATION = "/j_security_check";
    static final String ERROR_PAGE = "/console/login?error=true";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (POST_LOCATION.equals(rc.normalizedPath())) {
                rc.addHeadersEndHandler(ended -> {
                    if (rc.response().getStatusCode() == 401) {
                        rc.response().setStatusCode(302).putHeader("Location", ERROR_PAGE);
                        rc.response().headers().remove("WWW-Authenticate");
                    }
                });
            }
            rc.next();
        }, Integer.MAX_VALUE);
    }
}
