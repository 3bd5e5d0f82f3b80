package dev.collections.console.rest;

import dev.collections.account.AccountSearch;
import dev.collections.common.Violations;
import dev.collections.console.AccountTraces;
import dev.collections.console.CsrfTokens;
import dev.collections.console.WhatIfs;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import dev.collections.policy.ActionType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Why an account got its step (case workers, auditors, analysts): find an account, read its decisions as traces,
 * ask what if a fact were different, save a decision as a scenario file.
 */
@Path("/console/accounts")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {
    private static final int UNPROCESSABLE = 422;
    private static final int MAX_QUERY = 64;
    /** The most accounts one export holds. */
    static final int EXPORT_ROWS = 10_000;

    private final Template accounts;
    private final Template account;
    private final Template whatIf;
    private final Pages pages;
    private final AccountTraces traces;
    private final WhatIfs whatIfs;
    private final AccountSearch search;
    private final dev.collections.console.AccountFile file;

    public AccountPages(@Location("console/accounts.html") Template accounts,
                        @Location("console/account.html") Template account,
                        @Location("console/what-if.html") Template whatIf, Pages pages, AccountTraces traces,
                        WhatIfs whatIfs, AccountSearch search, dev.collections.console.AccountFile file) {
        this.accounts = accounts;
        this.account = account;
        this.whatIf = whatIf;
        this.pages = pages;
        this.traces = traces;
        this.whatIfs = whatIfs;
        this.search = search;
        this.file = file;
    }

    /**
     * Accounts by id (or its beginning), stage, last step and district, through the same search as
     * {@code GET /api/v1/accounts}; a value that search would refuse is named on the page, nothing is searched.
     */
    @GET
    @PermitAll
    public Response search(@QueryParam("q") String query, @QueryParam("stage") String stage,
                           @QueryParam("action") String action, @QueryParam("region") String region,
                           @QueryParam("page") int page, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.ACCOUNTS).orElseGet(() -> {
            var criteria = new AccountSearch.Criteria(blank(query), blank(stage), blank(action), blank(region), null);
            boolean valid = (criteria.idPrefix() == null || criteria.idPrefix().length() <= MAX_QUERY)
                    && criteria.check(new Violations()).list().isEmpty();
            boolean asked = criteria.idPrefix() != null || criteria.stage() != null || criteria.lastAction() != null
                    || criteria.region() != null;
            var found = asked && valid ? search.find(criteria, Math.max(0, page), AccountTraces.PAGE) : null;
            return pages.render(accounts.data("q", text(query)).data("stage", text(stage)).data("action", text(action))
                    .data("region", text(region)).data("actions", ActionType.values()).data("found", found)
                    .data("invalid", asked && !valid), language);
        });
    }

    /** The accounts found, as a file for a spreadsheet (at most {@link #EXPORT_ROWS}), headed in the page's language. */
    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @PermitAll
    public Response export(@QueryParam("q") String query, @QueryParam("stage") String stage,
                           @QueryParam("action") String action, @QueryParam("region") String region,
                           @BeanParam Pages.Language language) {
        return pages.gate(language, Section.ACCOUNTS).orElseGet(() -> {
            var criteria = new AccountSearch.Criteria(blank(query), blank(stage), blank(action), blank(region), null);
            if (criteria.idPrefix() != null && criteria.idPrefix().length() > MAX_QUERY
                    || !criteria.check(new Violations()).list().isEmpty()) {
                return Response.status(UNPROCESSABLE).type(MediaType.TEXT_PLAIN_TYPE)
                        .entity(pages.messages(language).accounts_invalid()).build();
            }
            var m = pages.messages(language);
            var found = search.find(criteria, 0, EXPORT_ROWS);
            return CsvDownload.of("accounts.csv", List.of(m.account(), m.region(), m.days_past_due(),
                    m.overdue_amount(), m.stage(), m.last_action()), found.accounts().stream().<List<?>>map(a ->
                    java.util.Arrays.asList(a.accountId(), a.region(), a.daysPastDue(), a.overdueAmount(), a.stage(),
                            a.lastAction() == null ? null : m.action(a.lastAction()))).toList());
        });
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public Response account(@PathParam("id") String id, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.ACCOUNTS).orElseGet(() -> {
            var summary = traces.summary(id);
            return pages.render(account.data("id", id).data("summary", summary.orElse(null))
                            .data("file", summary.isPresent() ? file.of(id) : null)
                            .data("traces", summary.isPresent() ? traces.latest(id, pages.localeOf(language)) : List.of()), language,
                    summary.isPresent() ? 200 : Response.Status.NOT_FOUND.getStatusCode());
        });
    }

    /**
     * What the account would get with some facts changed: assessed twice from its record, nothing stored. A read
     * (GET), so the language switch and a refresh keep the values asked about.
     */
    @GET
    @Path("/{id}/what-if")
    @PermitAll
    public Response whatIf(@PathParam("id") String id, @QueryParam("daysPastDue") String daysPastDue,
                           @QueryParam("overdueAmount") String overdueAmount,
                           @QueryParam("outstandingBalance") String outstandingBalance,
                           @BeanParam Pages.Language language) {
        return pages.gate(language, Section.ACCOUNTS).orElseGet(() -> {
            if (traces.summary(id).isEmpty()) {
                return account(id, language);
            }
            List<WhatIfs.Refusal> refused = new ArrayList<>();
            var changes = WhatIfs.changes(daysPastDue, overdueAmount, outstandingBalance, refused);
            var result = refused.isEmpty() ? whatIfs.of(id, changes, pages.localeOf(language))
                    : new WhatIfs.Result(List.of(), List.of(), List.of(), refused);
            return pages.render(whatIf.data("id", id).data("result", result), language,
                    result.refused().isEmpty() ? 200 : UNPROCESSABLE);
        });
    }

    /** A recorded decision of the account as a scenario file, downloaded (policy analysts add it to rules/). */
    @GET
    @Path("/{id}/decisions/{assessmentId}/scenario.yaml")
    @Produces("application/yaml")
    @PermitAll
    public Response scenario(@PathParam("id") String id, @PathParam("assessmentId") String assessmentId,
                             @QueryParam("keepAccountId") boolean keepAccountId, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.ACCOUNTS).orElseGet(() -> {
            UUID decision;
            try {
                decision = UUID.fromString(assessmentId);
            } catch (IllegalArgumentException e) {
                return Response.status(Response.Status.NOT_FOUND).build();
            }
            return traces.scenario(id, decision, keepAccountId).map(yaml -> Response.ok(yaml,
                            "application/yaml; charset=UTF-8").header("Content-Disposition", "attachment; filename=\""
                            + "scenario-" + (keepAccountId ? id.replaceAll("[^A-Za-z0-9._-]", "_")
                            : decision.toString().substring(0, 8)) + ".yaml\"").build())
                    .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
        });
    }
}
