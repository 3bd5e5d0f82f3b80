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
    private final CsrfTokens csrf;
    private final Template forbidden;

    public Pages(SecurityIdentity identity, CsrfTokens csrf, @Location("console/forbidden.html") Template forbidden) {
        this.identity = identity;
        this.csrf = csrf;
        this.forbidden = forbidden;
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
            return Optional.of(Response.seeOther(URI.create(LOGIN)).build());
        }
        if (roles.length > 0 && !allowed(roles)) {
            return Optional.of(render(forbidden.instance(), language, Response.Status.FORBIDDEN.getStatusCode()));
        }
        return Optional.empty();
    }

    boolean allowed(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /** @throws dev.collections.common.ProblemException (403) unless {@code token} is the signed-in user's */
    void checkToken(String token) {
        csrf.check(identity.getPrincipal().getName(), token);
    }

    Response render(TemplateInstance page, Language language) {
        return render(page, language, Response.Status.OK.getStatusCode());
    }

    /** A page in the user's language, with what the layout needs; the language switch remembered in a cookie. */
    Response render(TemplateInstance page, Language language, int status) {
        String lang = language.lang;
        Locale locale = ConsoleLocale.of(lang != null ? lang : language.chosen, language.accept);
        boolean signedIn = !identity.isAnonymous();
        String user = signedIn ? identity.getPrincipal().getName() : "";
        page.setAttribute("locale", locale);
        page.data("layout", Map.of("lang", locale.getLanguage(), "other", ConsoleLocale.other(locale),
                "signedIn", signedIn, "user", user, "csrf", signedIn ? csrf.token(user) : "",
                "csrfField", CsrfTokens.FIELD, "nav", sections()));
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
