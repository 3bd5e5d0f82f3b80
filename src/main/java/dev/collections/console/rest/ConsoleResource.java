package dev.collections.console.rest;

import dev.collections.console.ConsoleConfig;
import dev.collections.console.ConsoleSessionIdentities;
import dev.collections.console.ConsoleSessions;
import dev.collections.console.CsrfTokens;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The console's frame (docs/console.md): the sign-in page (its form posts to {@link SignInResource}),
 * the home page and signing out. The account pages are {@link AccountPages}, the experiments {@link ExperimentsPage}.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    private final Template login;
    private final Template home;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final ConsoleSessions sessions;
    private final ConsoleConfig config;

    public ConsoleResource(@Location("console/login.html") Template login, @Location("console/home.html") Template home,
                           Pages pages, SecurityIdentity identity, ConsoleSessions sessions, ConsoleConfig config) {
        this.sessions = sessions;
        this.config = config;
        this.login = login;
        this.home = home;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    @Path("/login")
    @PermitAll
    public Response login(@QueryParam("error") String error, @QueryParam("next") String next,
                          @QueryParam("signedOut") String signedOut, @BeanParam Pages.Language language) {
        return pages.render(login.data("error", error != null).data("throttled", null)
                .data("signedOut", signedOut != null).data("next", SignInResource.safeNext(next)), language);
    }

    @GET
    @PermitAll
    public Response home(@BeanParam Pages.Language language) {
        return pages.gate(language).orElseGet(() -> pages.render(home.instance(), language));
    }

    /**
     * Signs out: the session ends on the server (its cookie, wherever it was copied, no longer works on any
     * replica) and the cookie is cleared. Needs the form's token like every console action.
     */
    @POST
    @Path("/logout")
    @PermitAll
    public Response logout(@FormParam(CsrfTokens.FIELD) String token) throws java.sql.SQLException {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create(Pages.LOGIN)).build();
        }
        pages.checkToken(token);
        sessions.end(identity.getAttribute(ConsoleSessionIdentities.SESSION));
        return Response.seeOther(URI.create(Pages.LOGIN + "?signedOut=true"))
                .cookie(SignInResource.cookie("", config.secureCookie())).build();
    }
}
