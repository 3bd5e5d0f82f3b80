package dev.collections.console.rest;

import dev.collections.common.Roles;
import dev.collections.console.CsrfTokens;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.RuleReloader;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The live rules for policy analysts and auditors: version, files and rules, and what the last reload did (a
 * refused candidate's errors with file and line, its failing scenarios with expected and actual); analysts load
 * the rules directory from here, through the same gate as every reload.
 */
@Path("/console/rules")
@Produces(MediaType.TEXT_HTML)
public class RulesPage {
    private static final String[] READERS = {Roles.ANALYST, Roles.AUDITOR};
    private final Template rules;
    private final Pages pages;
    private final ActiveRuleSet active;
    private final RuleReloader reloader;

    public RulesPage(@Location("console/rules.html") Template rules, Pages pages, ActiveRuleSet active,
                     RuleReloader reloader) {
        this.rules = rules;
        this.pages = pages;
        this.active = active;
        this.reloader = reloader;
    }

    @GET
    @PermitAll
    public Response show(@BeanParam Pages.Language language) {
        return pages.gate(language, READERS).orElseGet(() -> pages.render(rules.data("rules", active.current())
                .data("lastReload", active.lastReload()).data("mayReload", pages.allowed(Roles.ANALYST)), language));
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
}
