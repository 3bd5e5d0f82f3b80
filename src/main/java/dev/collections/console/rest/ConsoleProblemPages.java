package dev.collections.console.rest;

import dev.collections.common.Problem;
import dev.collections.common.ProblemPages;
import dev.collections.console.ConsoleHeaders;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * What goes wrong on a console page is said on a console page, in the reader's language: a form sent without its
 * token (or with a stale one), an address the console does not have, a failure; never a problem document.
 */
@ApplicationScoped
public class ConsoleProblemPages implements ProblemPages {
    private final HttpServerRequest request;
    private final Pages pages;
    private final Template page;

    public ConsoleProblemPages(HttpServerRequest request, Pages pages, @Location("console/problem.html") Template page) {
        this.request = request;
        this.pages = pages;
        this.page = page;
    }

    @Override
    public Optional<Response> page(Problem problem) {
        String path = request.path();
        if (path == null || !(path.equals("/console") || path.startsWith("/console/")
                || path.equals(ConsoleHeaders.SIGN_IN))) {
            return Optional.empty();
        }
        Pages.Language language = new Pages.Language();
        language.lang = request.getParam("lang");
        Cookie chosen = request.getCookie(dev.collections.console.ConsoleLocale.COOKIE);
        language.chosen = chosen == null ? null : chosen.getValue();
        language.accept = request.getHeader("Accept-Language");
        String kind = switch (problem.status()) {
            case 403 -> "token";
            case 404, 405 -> "missing";
            case 400, 413, 415, 422 -> "unreadable";
            default -> "failed";
        };
        return Optional.of(pages.render(page.data("kind", kind), language, problem.status(),
                !io.vertx.core.Context.isOnEventLoopThread()));
    }
}
