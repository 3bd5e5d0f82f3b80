package dev.collections.console.rest;

import dev.collections.common.BusinessDates;
import dev.collections.common.ProblemException;
import dev.collections.common.Roles;
import dev.collections.common.Violations;
import dev.collections.console.CsrfTokens;
import dev.collections.console.TriageViews;
import dev.collections.extract.Imports;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The nightly triage for operations: the runs with live progress, start or resume a date, a run's summary with
 * capacity and use and its work lists to download, the latest imports (an import itself: {@link ImportsPage}).
 * Operators act; auditors and analysts read.
 */
@Path("/console/triage")
@Produces(MediaType.TEXT_HTML)
public class TriagePage {
    private static final int UNPROCESSABLE = 422;
    private static final int RUNS = 30;
    private final Template list;
    private final Template run;
    private final Pages pages;
    private final TriageViews triage;
    private final Imports imports;
    private final SecurityIdentity identity;

    public TriagePage(@Location("console/triage.html") Template list, @Location("console/triage-run.html") Template run,
                      Pages pages, TriageViews triage, Imports imports, SecurityIdentity identity) {
        this.list = list;
        this.run = run;
        this.pages = pages;
        this.triage = triage;
        this.imports = imports;
        this.identity = identity;
    }

    @GET
    @PermitAll
    public Response show(@BeanParam Pages.Language language) {
        return pages.gate(language, Section.TRIAGE).orElseGet(() -> page(List.of(), language, 200));
    }

    /** Starts or resumes the triage of a date (operators); a completed date is not run again. */
    @POST
    @PermitAll
    public Response start(@FormParam("date") String date, @FormParam(CsrfTokens.FIELD) String token,
                          @BeanParam Pages.Language language) {
        return pages.gate(language, Roles.OPERATOR).orElseGet(() -> {
            pages.checkToken(token);
            List<String> refused = new ArrayList<>();
            LocalDate day = Pages.date(date, triage.today(), refused);
            if (day != null && day.isAfter(triage.today())) {
                refused.add(pages.messages(language).triage_future(day.toString(), triage.today().toString()));
            } else if (day != null) {
                var v = BusinessDates.past(new Violations(), "date", day, triage.today());
                v.list().forEach(x -> refused.add(x.field() + ": " + x.message()));
            }
            if (!refused.isEmpty()) {
                return page(refused, language, UNPROCESSABLE);
            }
            try {
                triage.start(day, user());
            } catch (ProblemException e) {
                return page(List.of(e.problem().detail()), language, e.problem().status());
            }
            return Response.seeOther(URI.create("/console/triage/" + day)).build();
        });
    }

    @GET
    @Path("/{date}")
    @PermitAll
    public Response run(@PathParam("date") String date, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.TRIAGE).orElseGet(() -> {
            LocalDate day = Pages.date(date, null, new ArrayList<>());
            var found = day == null ? java.util.Optional.<TriageViews.Run>empty() : triage.find(day);
            if (found.isEmpty()) {
                return page(List.of(), language, Response.Status.NOT_FOUND.getStatusCode());
            }
            return pages.render(run.data("run", found.get()).data("summary", triage.summary(day).orElse(null))
                    .data("zone", triage.zone()), language);
        });
    }

    /** A work list of a run, downloaded. */
    @GET
    @Path("/{date}/files/{name}")
    @Produces("text/csv")
    @PermitAll
    public Response file(@PathParam("date") String date, @PathParam("name") String name,
                         @BeanParam Pages.Language language) {
        return pages.gate(language, Section.TRIAGE).orElseGet(() -> {
            LocalDate day = Pages.date(date, null, new ArrayList<>());
            return (day == null ? java.util.Optional.<java.nio.file.Path>empty() : triage.file(day, name))
                    .filter(f -> name.endsWith(".csv"))
                    .map(f -> Response.ok(f.toFile(), "text/csv; charset=UTF-8")
                            .header("Content-Disposition", "attachment; filename=\"" + day + "-" + name + "\"").build())
                    .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                            .entity("no such file").build());
        });
    }

    private Response page(List<String> refused, Pages.Language language, int status) {
        return pages.render(list.data("runs", triage.latest(RUNS)).data("imports", imports.latest(RUNS)).data("extracts", imports.extracts())
                .data("refused", refused).data("today", triage.today()).data("zone", triage.zone())
                .data("mayRun", pages.allowed(Roles.OPERATOR)), language, status);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
