package dev.collections.console.rest;

import dev.collections.console.ConsoleLocale;
import dev.collections.console.CsrfTokens;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every console page shares: who may open it (the login page before signing in, a refusal page of its own to
 * the other roles), the language it is shown in, and the layout's data (the user, the language switch, the form
 * token).
 */
@ApplicationScoped
public class Pages {
    static final String LOGIN = "/console/login";
    private final SecurityIdentity identity;
    private final Template forbidden;
    private final io.vertx.core.http.HttpServerRequest request;

    public Pages(SecurityIdentity identity, @Location("console/forbidden.html") Template forbidden,
                 io.vertx.core.http.HttpServerRequest request) {
        this.identity = identity;
        this.forbidden = forbidden;
        this.request = request;
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

    /**
     * What a page answers instead of itself: the login page before signing in (the form login's own challenge
     * is a 401), the refusal (403) to a user with none of {@code roles} (none named: every signed-in user).
     */
    Optional<Response> gate(Language language, Section section) {
        return gate(language, section.roles());
    }

    /** The sections the signed-in user may open, in the navigation's order. */
    java.util.List<Section> sections() {
        return identity.isAnonymous() ? java.util.List.of()
                : Arrays.stream(Section.values()).filter(s -> allowed(s.roles())).toList();
    }

    Optional<Response> gate(Language language, String... roles) {
        if (identity.isAnonymous()) {
            return Optional.of(Response.seeOther(URI.create(loginFor(request))).build());
        }
        if (roles.length > 0 && !allowed(roles)) {
            return Optional.of(render(forbidden.instance(), language, Response.Status.FORBIDDEN.getStatusCode()));
        }
        return Optional.empty();
    }

    boolean allowed(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /** @throws dev.collections.common.ProblemException (403) unless {@code token} is the signed-in session's */
    void checkToken(String token) {
        CsrfTokens.check(identity, token);
    }

    /**
     * The sign-in page, asked to come back to the page {@code request} asked for (a page read, not a form sent: a
     * form is sent again from its page).
     */
    static String loginFor(io.vertx.core.http.HttpServerRequest request) {
        if (request == null || !"GET".equals(request.method().name())) {
            return LOGIN;
        }
        String asked = request.uri();
        return SignInResource.safeNext(asked) == null || "/console".equals(asked) ? LOGIN
                : LOGIN + "?next=" + java.net.URLEncoder.encode(asked, java.nio.charset.StandardCharsets.UTF_8);
    }

    Response render(TemplateInstance page, Language language) {
        return render(page, language, Response.Status.OK.getStatusCode());
    }

    /** The language a page is shown in: the switch, the remembered choice, the browser's languages. */
    Locale localeOf(Language language) {
        return ConsoleLocale.of(language.lang != null ? language.lang : language.chosen, language.accept);
    }

    /**
     * The same page in the other language: a page read (GET) keeps what it was asked (search filters, a diff's
     * versions, a what-if's values), only {@code lang} changes; a form's answer goes back to its section's page.
     */
    private String switchTo(String other) {
        String query = "";
        if ("GET".equals(request.method().name()) && request.query() != null) {
            query = java.util.Arrays.stream(request.query().split("&")).filter(p -> !p.isEmpty()
                    && !p.startsWith("lang=")).collect(java.util.stream.Collectors.joining("&"));
        }
        String path = request.path();
        if (!"GET".equals(request.method().name())) {
            path = path.replace("/j_security_check", "/console/login")
                    .replaceAll("/(imports|reload|rollback|logout|stop|promote)$", "")
                    .replaceAll("/experiments/\\d+$", "/experiments");
        }
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other;
    }

    /** The console's labels in the page's language, for what a page says from its Java side. */
    dev.collections.console.ConsoleMessages messages(Language language) {
        return io.quarkus.qute.i18n.MessageBundles.get(dev.collections.console.ConsoleMessages.class,
                io.quarkus.qute.i18n.Localized.Literal.of(localeOf(language).toLanguageTag()));
    }

    /** A page in the user's language, with what the layout needs; the language switch remembered in a cookie. */
    Response render(TemplateInstance page, Language language, int status) {
        return render(page, language, status, true);
    }

    /**
     * As above; {@code whoever} false: a page that does not ask who is signed in (no user, no navigation), for the
     * answers given before a request reached a page (an unknown address is answered on the I/O thread, where the
     * session may not be looked up).
     */
    Response render(TemplateInstance page, Language language, int status, boolean whoever) {
        String lang = language.lang;
        Locale locale = localeOf(language);
        boolean signedIn = whoever && !identity.isAnonymous();
        String user = signedIn ? identity.getPrincipal().getName() : "";
        page.setAttribute("locale", locale);
        page.data("layout", Map.of("lang", locale.getLanguage(), "other", ConsoleLocale.other(locale),
                "signedIn", signedIn, "user", user, "csrf", signedIn ? CsrfTokens.token(identity) : "",
                "csrfField", CsrfTokens.FIELD, "nav", signedIn ? sections() : List.of(),
                "switchTo", switchTo(ConsoleLocale.other(locale))));
        var response = Response.status(status).entity(page.render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (ConsoleLocale.named(lang) != null) {
            response.cookie(new NewCookie.Builder(ConsoleLocale.COOKIE).value(lang).path("/console")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.STRICT).build());
        }
        return response.build();
    }

    /**
     * A date from a form or a link: {@code absent} when blank (noted in {@code refused} when there is no default),
     * null when it is not a date (noted in {@code refused}).
     */
    static LocalDate date(String value, LocalDate absent, List<String> refused) {
        if (value == null || value.isBlank()) {
            if (absent == null) {
                refused.add("date");
            }
            return absent;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            refused.add("date: " + value.strip());
            return null;
        }
    }
}
