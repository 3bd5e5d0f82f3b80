package dev.collections.console;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The signed-in user of a console session cookie: the session's user and roles, with the session's id and form
 * token as attributes of the identity. A cookie of no live session (unknown, ended by signing out, idle or too old)
 * authenticates no one.
 */
@ApplicationScoped
public class ConsoleSessionIdentities implements IdentityProvider<ConsoleSessionMechanism.SessionRequest> {
    public static final String SESSION = "collections.console.session";
    public static final String FORM_TOKEN = "collections.console.form-token";
    private static final Logger LOG = Logger.getLogger(ConsoleSessionIdentities.class);
    private final ConsoleSessions sessions;

    public ConsoleSessionIdentities(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<ConsoleSessionMechanism.SessionRequest> getRequestType() {
        return ConsoleSessionMechanism.SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ConsoleSessionMechanism.SessionRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ConsoleSessions.Session session;
            try {
                session = sessions.find(request.token).orElseThrow(AuthenticationFailedException::new);
            } catch (SQLException e) {
                LOG.warnf("console sessions could not be read: %s", e.getMessage());
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(session.user()))
                    .addRoles(session.roles()).addAttribute(SESSION, session.id())
                    .addAttribute(FORM_TOKEN, session.formToken()).build();
        });
    }
}
