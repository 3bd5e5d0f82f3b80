package dev.collections.console.rest;

import dev.collections.common.ProblemException;
import dev.collections.common.Roles;
import dev.collections.console.CsrfTokens;
import dev.collections.console.TriageViews;
import dev.collections.extract.FullExtractGuard;
import dev.collections.extract.ImportMode;
import dev.collections.extract.ImportReport;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports of the day's extract for operations: an extract directory of the inbound directory (chosen from the list)
 * imported from the console as the daily FULL extract or a DELTA correction, with the positions of its date before
 * and after, what each file loaded and rejected (the first rejects with line and reason), the rejects to download.
 */
@Path("/console/triage/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportsPage {
    private static final int UNPROCESSABLE = 422;
    private final Template imported;
    private final Pages pages;
    private final TriageViews triage;
    private final Imports imports;
    private final SecurityIdentity identity;

    public ImportsPage(@Location("console/import.html") Template imported, Pages pages, TriageViews triage,
                       Imports imports, SecurityIdentity identity) {
        this.imported = imported;
        this.pages = pages;
        this.triage = triage;
        this.imports = imports;
        this.identity = identity;
    }

    /** Imports an extract directory (operators) and shows what each file loaded and rejected. */
    @POST
    @PermitAll
    public Response importExtract(@FormParam("extract") String extract, @FormParam("date") String date,
                                  @FormParam("mode") String mode, @FormParam("force") String force,
                                  @FormParam(CsrfTokens.FIELD) String token, @BeanParam Pages.Language language) {
        return pages.gate(language, Roles.OPERATOR).orElseGet(() -> {
            pages.checkToken(token);
            List<String> refused = new ArrayList<>();
            LocalDate day = Pages.date(date, triage.today(), refused);
            ImportMode importMode = "DELTA".equals(mode) ? ImportMode.DELTA : ImportMode.FULL;
            if (!refused.isEmpty()) {
                return refused(extract, refused, language, UNPROCESSABLE);
            }
            try {
                ImportReport report = imports.run(extract == null ? null : extract.strip(), day, user(), importMode,
                        "on".equals(force) || "true".equals(force));
                return Response.seeOther(java.net.URI.create("/console/triage/imports/" + report.importId())).build();
            } catch (FullExtractGuard.TooFewAccounts e) {
                return refused(extract, List.of(pages.messages(language).imports_too_few(e.rows, e.percent, e.positions,
                        e.reference.toString())), language, e.problem().status());
            } catch (ProblemException e) {
                List<String> reasons = new ArrayList<>();
                if (e.problem().violations() != null) {
                    e.problem().violations().forEach(v -> reasons.add(v.field() + ": " + v.message()));
                } else {
                    reasons.add(e.problem().detail());
                }
                return refused(extract, reasons, language, e.problem().status());
            }
        });
    }

    /** A finished import's report (where the import's form leads: a refresh shows it again, imports nothing). */
    @GET
    @Path("/{id: [0-9]+}")
    @PermitAll
    public Response report(@PathParam("id") long id, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.TRIAGE).orElseGet(() -> imports.report(id)
                .map(r -> pages.render(imported.data("report", r).data("extract", r.directory())
                        .data("refused", List.of()), language))
                .orElseGet(() -> pages.render(imported.data("report", null).data("extract", "")
                        .data("refused", List.of(pages.messages(language).imports_unknown(id))), language, 404)));
    }

    /** The rejected rows of one file of an extract, with their line numbers and reasons. */
    @GET
    @Path("/{extract}/rejects/{file}")
    @Produces("text/csv")
    @PermitAll
    public Response rejects(@PathParam("extract") String extract, @PathParam("file") String file,
                            @BeanParam Pages.Language language) {
        return pages.gate(language, Section.TRIAGE).orElseGet(() -> imports.rejects(extract, file)
                .map(f -> Response.ok(f.toFile(), "text/csv; charset=UTF-8").header("Content-Disposition",
                        "attachment; filename=\"" + extract + "-rejects-" + file + "\"").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                        .entity("no such file").build()));
    }

    private Response refused(String extract, List<String> reasons, Pages.Language language, int status) {
        return pages.render(imported.data("report", null).data("extract", extract == null ? "" : extract.strip())
                .data("refused", reasons), language, status);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
