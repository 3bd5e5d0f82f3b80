package dev.collections.console.rest;

import dev.collections.console.ConsoleConfig;
import dev.collections.console.ConsoleSessionMechanism;
import dev.collections.console.ConsoleSessions;
import dev.collections.console.SignInThrottle;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Signing in to the console: the login form's user and password checked against the service's users (the same
 * identity store as the API's Basic credentials), throttled per user and per client address ({@link SignInThrottle});
 * a good one opens a session on the server ({@link ConsoleSessions}) and lands on the page that was asked for.
 * Failures are counted in {@code collections_console_sign_in_failures_total} and logged with the user and address,
 * never the password.
 */
@Path("/j_security_check")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {
    private static final Logger LOG = Logger.getLogger(SignInResource.class);
    private static final int TOO_MANY = 429;
    private final IdentityProviderManager identities;
    private final ConsoleSessions sessions;
    private final SignInThrottle throttle;
    private final ConsoleConfig config;
    private final MeterRegistry metrics;
    private final HttpServerRequest request;
    private final Pages pages;
    private final Template login;
    private final dev.collections.console.ConsoleTime time;

    public SignInResource(IdentityProviderManager identities, ConsoleSessions sessions, SignInThrottle throttle,
                          ConsoleConfig config, MeterRegistry metrics, HttpServerRequest request, Pages pages,
                          @Location("console/login.html") Template login, dev.collections.console.ConsoleTime time) {
        this.time = time;
        this.identities = identities;
        this.sessions = sessions;
        this.throttle = throttle;
        this.config = config;
        this.metrics = metrics;
        this.request = request;
        this.pages = pages;
        this.login = login;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("j_username") String user, @FormParam("j_password") String password,
                           @FormParam("next") String next, @BeanParam Pages.Language language) throws SQLException {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String name = user == null ? "" : user.strip();
        SignInThrottle.Verdict verdict = throttle.before(name, address);
        if (!verdict.allowed()) {
            count(verdict.locked() ? "locked" : "slowed");
            LOG.warnf("console sign-in of user %s from %s refused unchecked: %s", name, address,
                    verdict.locked() ? "locked" : "too soon after failures");
            var msg = pages.messages(language);
            String why = verdict.locked() ? msg.login_locked(time.of(verdict.until()), time.zone().getId())
                    : msg.login_slowed(verdict.secondsLeft());
            return pages.render(login.data("error", false).data("throttled", why).data("signedOut", false)
                            .data("next", safeNext(next)),
                    language, TOO_MANY);
        }
        SecurityIdentity identity;
        try {
            if (name.isEmpty() || password == null || password.isEmpty()) {
                throw new AuthenticationFailedException();
            }
            identity = identities.authenticateBlocking(new UsernamePasswordAuthenticationRequest(name,
                    new PasswordCredential(password.toCharArray())));
        } catch (AuthenticationFailedException e) {
            throttle.failed(name, address);
            count("wrong_credentials");
            LOG.warnf("console sign-in of user %s from %s failed: wrong user or password", name, address);
            String back = safeNext(next);
            return Response.status(302).location(URI.create(Pages.LOGIN + "?error=true" + (back == null ? ""
                    : "&next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)))).build();
        }
        throttle.succeeded(name, address);
        String token = sessions.create(name, identity.getRoles());
        LOG.infof("console sign-in of user %s from %s", name, address);
        String landing = safeNext(next);
        return Response.status(302).location(URI.create(landing == null ? "/console" : landing))
                .cookie(cookie(token, config.secureCookie())).build();
    }

    private void count(String reason) {
        metrics.counter("collections.console.sign.in.failures", "reason", reason).increment();
    }

    /** The session cookie: HttpOnly, SameSite=Strict, Secure wherever the service is reached over TLS. */
    static NewCookie cookie(String token, boolean secure) {
        return new NewCookie.Builder(ConsoleSessionMechanism.COOKIE).value(token).path("/").httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT).maxAge(token.isEmpty() ? 0 : -1).build();
    }

    /** A page of the console to land on after signing in; anything else (another site, a scheme) is dropped. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/console") || next.startsWith("/console/login") || next.contains("//")
                || next.contains("\\") || next.length() > 512 || next.chars().anyMatch(ch -> ch < 0x20)) {
            return null;
        }
        return next;
    }
}
