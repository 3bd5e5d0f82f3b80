package dev.collections.console.rest;

import dev.collections.common.ProblemException;
import dev.collections.common.Roles;
import dev.collections.console.ConsoleTime;
import dev.collections.console.CsrfTokens;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.RuleReloader;
import dev.collections.rules.RuleSetActivation;
import dev.collections.rules.RuleSetHistory;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.List;
import java.util.Map;

/**
 * The live rules for policy analysts and auditors: version, files and rules with their policy comments, what the
 * last reload did (a refused candidate's errors with file and line, its failing scenarios with expected and
 * actual), the history with the difference between any two versions; analysts load the rules directory or roll
 * back to an earlier version from here, through the same gate as every reload.
 */
@Path("/console/rules")
@Produces(MediaType.TEXT_HTML)
public class RulesPage {
    private static final int HISTORY = 30;
    private final Template rules;
    private final Template diff;
    private final Pages pages;
    private final ActiveRuleSet active;
    private final RuleReloader reloader;
    private final RuleSetHistory history;
    private final ConsoleTime time;

    public RulesPage(@Location("console/rules.html") Template rules, @Location("console/rules-diff.html") Template diff,
                     Pages pages, ActiveRuleSet active, RuleReloader reloader, RuleSetHistory history,
                     ConsoleTime time) {
        this.rules = rules;
        this.diff = diff;
        this.pages = pages;
        this.active = active;
        this.reloader = reloader;
        this.history = history;
        this.time = time;
    }

    /** One rule set that went live, as the history table shows it. */
    public record Entry(String version, String shortVersion, String at, String trigger, int ruleCount, boolean kept,
                        boolean live) {
    }

    @GET
    @PermitAll
    public Response show(@QueryParam("refused") String refused, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.RULES).orElseGet(() -> pages.render(rules.data("rules", active.current())
                .data("lastReload", active.lastReload()).data("mayReload", pages.allowed(Roles.ANALYST))
                .data("history", entries()).data("refused", refused), language));
    }

    /** How two versions of the history differ, file by file. */
    @GET
    @Path("/diff")
    @PermitAll
    public Response diff(@QueryParam("from") String from, @QueryParam("to") String to,
                         @BeanParam Pages.Language language) {
        return pages.gate(language, Section.RULES).orElseGet(() -> {
            var before = from == null ? java.util.Optional.<Map<String, String>>empty() : history.files(from);
            var after = to == null ? java.util.Optional.<Map<String, String>>empty() : history.files(to);
            List<RuleSetHistory.FileDiff> files = before.isPresent() && after.isPresent()
                    ? RuleSetHistory.diff(before.get(), after.get()) : null;
            return pages.render(diff.data("from", from).data("to", to).data("files", files), language,
                    files == null ? Response.Status.NOT_FOUND.getStatusCode() : Response.Status.OK.getStatusCode());
        });
    }

    /** Loads the rules directory now: live only if it compiles and every scenario passes. */
    @POST
    @Path("/reload")
    @PermitAll
    public Response reload(@FormParam(CsrfTokens.FIELD) String token, @BeanParam Pages.Language language) {
        return pages.gate(language, Roles.ANALYST).orElseGet(() -> {
            pages.checkToken(token);
            reloader.reload("console");
            return Response.seeOther(URI.create("/console/rules")).build();
        });
    }

    /** Puts an earlier version live again through the gate; the page then shows what the reload did. */
    @POST
    @Path("/rollback")
    @PermitAll
    public Response rollback(@FormParam("version") String version, @FormParam(CsrfTokens.FIELD) String token,
                             @BeanParam Pages.Language language) {
        return pages.gate(language, Roles.ANALYST).orElseGet(() -> {
            pages.checkToken(token);
            try {
                reloader.rollback(version == null ? "" : version);
                return Response.seeOther(URI.create("/console/rules")).build();
            } catch (ProblemException e) {
                return Response.seeOther(URI.create("/console/rules?refused=not-kept")).build();
            }
        });
    }

    private List<Entry> entries() {
        List<RuleSetActivation> rows = QuarkusTransaction.requiringNew().call(() ->
                RuleSetActivation.newestFirst(0, HISTORY));
        var kept = history.kept(rows.stream().map(r -> r.version).distinct().toList());
        String live = active.current() == null ? null : active.current().version();
        boolean[] first = {true};
        return rows.stream().map(r -> {
            boolean isLive = first[0] && r.version.equals(live);
            first[0] = false;
            return new Entry(r.version, r.version.substring(0, Math.min(19, r.version.length())),
                    time.of(r.activatedAt), r.trigger, r.ruleCount, kept.contains(r.version), isLive);
        }).toList();
    }
}
