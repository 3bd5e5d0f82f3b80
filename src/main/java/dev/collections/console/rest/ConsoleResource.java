package dev.collections.console.rest;

import dev.collections.common.Roles;
import dev.collections.console.ConsoleConfig;
import dev.collections.console.ConsoleSessionIdentities;
import dev.collections.console.ConsoleSessions;
import dev.collections.console.CsrfTokens;
import dev.collections.common.ProblemException;
import dev.collections.experiment.Experiments;
import dev.collections.experiment.Promotion;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * The console's frame (docs/console.md): the sign-in page (its form posts to {@link SignInResource}),
 * the home page, signing out, and the experiments. The account pages are {@link AccountPages}.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    private final Template login;
    private final Template home;
    private final Template experiments;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Experiments experimentService;
    private final Promotion promotion;
    private final ConsoleSessions sessions;
    private final ConsoleConfig config;

    public ConsoleResource(@Location("console/login.html") Template login, @Location("console/home.html") Template home,
                           @Location("console/experiments.html") Template experiments, Pages pages,
                           SecurityIdentity identity, Experiments experimentService, Promotion promotion,
                           ConsoleSessions sessions, ConsoleConfig config) {
        this.sessions = sessions;
        this.config = config;
        this.promotion = promotion;
        this.login = login;
        this.home = home;
        this.experiments = experiments;
        this.pages = pages;
        this.identity = identity;
        this.experimentService = experimentService;
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

    @GET
    @Path("/experiments")
    @PermitAll
    public Response experiments(@QueryParam("done") String done, @QueryParam("id") String id,
                                @BeanParam Pages.Language language) {
        return pages.gate(language, Section.EXPERIMENTS).orElseGet(() -> experimentsPage(
                done == null ? null : Map.of("id", String.valueOf(id), "action", done), null, language, 200));
    }

    /** An experiment's report with its forest chart, as the API's HTML report draws it. */
    @GET
    @Path("/experiments/{id}/report")
    @PermitAll
    public Response report(@PathParam("id") long id, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.EXPERIMENTS).orElseGet(() -> {
            try {
                return Response.ok(dev.collections.experiment.ExperimentHtml.render(experimentService.report(id)),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
            } catch (ProblemException e) {
                return experimentsPage(null, Map.of("id", String.valueOf(id), "reason", e.problem().detail()),
                        language, e.problem().status());
            }
        });
    }

    /** Stops a running experiment (policy analysts): every account is decided by the live rules again. */
    @POST
    @Path("/experiments/{id}/stop")
    @PermitAll
    public Response stop(@PathParam("id") long id, @FormParam(CsrfTokens.FIELD) String token,
                         @BeanParam Pages.Language language) {
        return change(id, "stop", token, language, () -> experimentService.stop(id, user()));
    }

    /** After its end, makes a running experiment's challenger the live rule set (policy analysts). */
    @POST
    @Path("/experiments/{id}/promote")
    @PermitAll
    public Response promote(@PathParam("id") long id, @FormParam(CsrfTokens.FIELD) String token,
                            @BeanParam Pages.Language language) {
        return change(id, "promote", token, language, () -> promotion.promote(id, user()));
    }

    /** An analyst's action on an experiment, then back to the list: with what was done, or why it was not. */
    private Response change(long id, String action, String token, Pages.Language language, Runnable act) {
        return pages.gate(language, Roles.ANALYST).orElseGet(() -> {
            pages.checkToken(token);
            try {
                act.run();
            } catch (ProblemException e) {
                return experimentsPage(null, Map.of("id", String.valueOf(id), "reason", e.problem().detail()),
                        language, e.problem().status());
            }
            return Response.seeOther(URI.create("/console/experiments?done=" + action + "&id=" + id)).build();
        });
    }

    private Response experimentsPage(Map<String, String> done, Map<String, String> refused,
                                     Pages.Language language, int status) {
        var page = experiments.data("experiments", experimentService.list())
                .data("mayChange", pages.allowed(Roles.ANALYST));
        page.data("done", done);
        page.data("refused", refused);
        return pages.render(page, language, status);
    }

    private String user() {
        return identity.getPrincipal().getName();
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
