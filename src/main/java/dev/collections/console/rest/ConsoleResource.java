package dev.collections.console.rest;

import dev.collections.common.Roles;
import dev.collections.console.AccountTraces;
import dev.collections.console.ConsoleLocale;
import dev.collections.console.CsrfTokens;
import dev.collections.console.WhatIfs;
import dev.collections.experiment.Experiments;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's pages (docs/console.md), server-rendered from Qute templates in English or Simplified Chinese.
 * Signing in is Quarkus's form login ({@code /j_security_check}); a page asked for before signing in sends the
 * browser to the login page; each page checks its roles and answers a page of its own (403) to the others; every form carries the synchronizer token ({@link CsrfTokens}).
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {
    private static final int UNPROCESSABLE = 422;
    private static final String[] WHY = {Roles.ANALYST, Roles.AUDITOR};
    private static final String[] EXPERIMENTS = {Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR};

    private final Template login;
    private final Template home;
    private final Template accounts;
    private final Template account;
    private final Template experiments;
    private final Template forbidden;
    private final Template whatIf;
    private final WhatIfs whatIfs;
    private final SecurityIdentity identity;
    private final CsrfTokens csrf;
    private final AccountTraces traces;
    private final Experiments experimentService;

    public ConsoleResource(@Location("console/login.html") Template login, @Location("console/home.html") Template home,
                           @Location("console/accounts.html") Template accounts,
                           @Location("console/account.html") Template account,
                           @Location("console/experiments.html") Template experiments,
                           @Location("console/forbidden.html") Template forbidden,
                           @Location("console/what-if.html") Template whatIf, SecurityIdentity identity,
                           CsrfTokens csrf, AccountTraces traces, WhatIfs whatIfs, Experiments experimentService) {
        this.whatIf = whatIf;
        this.whatIfs = whatIfs;
        this.login = login;
        this.home = home;
        this.accounts = accounts;
        this.account = account;
        this.experiments = experiments;
        this.forbidden = forbidden;
        this.identity = identity;
        this.csrf = csrf;
        this.traces = traces;
        this.experimentService = experimentService;
    }

    /** The language a page is asked in: the switch, the remembered choice, the browser's languages. */
    public static class Language {
        @QueryParam("lang")
        String lang;
        @CookieParam(ConsoleLocale.COOKIE)
        String chosen;
        @HeaderParam("Accept-Language")
        String accept;
    }

    @GET
    @Path("/login")
    @PermitAll
    public Response login(@QueryParam("error") String error, @BeanParam Language language) {
        return page(login.data("error", error != null), language, Response.Status.OK);
    }

    @GET
    @PermitAll
    public Response home(@BeanParam Language language) {
        return gate(language).orElseGet(() -> page(home.data("mayExplain", allowed(WHY))
                .data("mayExperiment", allowed(EXPERIMENTS)), language, Response.Status.OK));
    }

    @GET
    @Path("/accounts")
    @PermitAll
    public Response accounts(@QueryParam("q") String query, @QueryParam("page") int page,
                             @BeanParam Language language) {
        return gate(language, WHY).orElseGet(() -> {
            String q = query == null ? "" : query.strip();
            var found = q.isEmpty() || q.length() > 64 ? null : traces.search(q, Math.max(0, page));
            return page(accounts.data("q", q).data("found", found), language, Response.Status.OK);
        });
    }

    @GET
    @Path("/accounts/{id}")
    @PermitAll
    public Response account(@PathParam("id") String id, @BeanParam Language language) {
        return gate(language, WHY).orElseGet(() -> {
            var summary = traces.summary(id);
            return page(account.data("id", id).data("summary", summary.orElse(null))
                            .data("traces", summary.isPresent() ? traces.latest(id) : java.util.List.of()),
                    language, summary.isPresent() ? Response.Status.OK : Response.Status.NOT_FOUND);
        });
    }

    /** What the account would get with some facts changed: assessed twice from its record, nothing stored. */
    @POST
    @Path("/accounts/{id}/what-if")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response whatIf(@PathParam("id") String id, @FormParam(CsrfTokens.FIELD) String token,
                           @FormParam("daysPastDue") String daysPastDue,
                           @FormParam("overdueAmount") String overdueAmount,
                           @FormParam("outstandingBalance") String outstandingBalance, @BeanParam Language language) {
        return gate(language, WHY).orElseGet(() -> {
            csrf.check(identity.getPrincipal().getName(), token);
            if (traces.summary(id).isEmpty()) {
                return page(account.data("id", id).data("summary", null).data("traces", List.of()), language,
                        Response.Status.NOT_FOUND);
            }
            List<String> refused = new ArrayList<>();
            var changes = WhatIfs.changes(daysPastDue, overdueAmount, outstandingBalance, refused);
            var result = refused.isEmpty() ? whatIfs.of(id, changes)
                    : new WhatIfs.Result(List.of(), List.of(), List.of(), refused);
            return page(whatIf.data("id", id).data("result", result), language, result.refused().isEmpty()
                    ? Response.Status.OK.getStatusCode() : UNPROCESSABLE);
        });
    }

    /** A recorded decision of the account as a scenario file, downloaded (policy analysts add it to rules/). */
    @GET
    @Path("/accounts/{id}/decisions/{assessmentId}/scenario.yaml")
    @Produces("application/yaml")
    @PermitAll
    public Response scenario(@PathParam("id") String id, @PathParam("assessmentId") String assessmentId,
                             @BeanParam Language language) {
        return gate(language, WHY).orElseGet(() -> {
            UUID decision;
            try {
                decision = UUID.fromString(assessmentId);
            } catch (IllegalArgumentException e) {
                return Response.status(Response.Status.NOT_FOUND).build();
            }
            return traces.scenario(id, decision).map(yaml -> Response.ok(yaml, "application/yaml; charset=UTF-8")
                            .header("Content-Disposition", "attachment; filename=\"scenario-" + id.replaceAll(
                                    "[^A-Za-z0-9._-]", "_") + ".yaml\"").build())
                    .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
        });
    }

    @GET
    @Path("/experiments")
    @PermitAll
    public Response experiments(@BeanParam Language language) {
        return gate(language, EXPERIMENTS).orElseGet(() -> page(experiments.data("experiments",
                experimentService.list()), language, Response.Status.OK));
    }

    /** Signs out: the cookie is cleared. Needs the form's token like every console action. */
    @POST
    @Path("/logout")
    @PermitAll
    public Response logout(@FormParam(CsrfTokens.FIELD) String token) {
        if (identity.isAnonymous()) {
            return toLogin();
        }
        csrf.check(identity.getPrincipal().getName(), token);
        return Response.seeOther(URI.create("/console/login"))
                .cookie(new NewCookie.Builder("collections-console").value("").path("/").maxAge(0).httpOnly(true)
                        .sameSite(NewCookie.SameSite.STRICT).build()).build();
    }

    /** A page asked for without signing in first: to the login page (the form login's own challenge is a 401). */
    private static Response toLogin() {
        return Response.seeOther(URI.create("/console/login")).build();
    }

    /**
     * What a page answers instead of itself: the login page before signing in, the refusal (403) to a user with
     * none of {@code roles} (none named: every signed-in user may open it).
     */
    private Optional<Response> gate(Language language, String... roles) {
        if (identity.isAnonymous()) {
            return Optional.of(toLogin());
        }
        if (roles.length > 0 && !allowed(roles)) {
            return Optional.of(page(forbidden.instance(), language, Response.Status.FORBIDDEN));
        }
        return Optional.empty();
    }

    private boolean allowed(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /** A page in the user's language, with what the layout needs; the language switch remembered in a cookie. */
    private Response page(TemplateInstance page, Language language, Response.Status status) {
        return page(page, language, status.getStatusCode());
    }

    private Response page(TemplateInstance page, Language language, int status) {
        String lang = language.lang;
        Locale locale = ConsoleLocale.of(lang != null ? lang : language.chosen, language.accept);
        boolean signedIn = !identity.isAnonymous();
        String user = signedIn ? identity.getPrincipal().getName() : null;
        page.setAttribute("locale", locale);
        page.data("layout", Map.of("lang", locale.getLanguage(), "other", ConsoleLocale.other(locale),
                "signedIn", signedIn, "user", user == null ? "" : user,
                "csrf", user == null ? "" : csrf.token(user), "csrfField", CsrfTokens.FIELD));
        var response = Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (ConsoleLocale.named(lang) != null) {
            response.cookie(new NewCookie.Builder(ConsoleLocale.COOKIE).value(lang).path("/console")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.STRICT).build());
        }
        return response.build();
    }
}
