package dev.collections.console.rest;

import dev.collections.common.ProblemException;
import dev.collections.common.Roles;
import dev.collections.console.CsrfTokens;
import dev.collections.experiment.ExperimentHtml;
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

/**
 * Champion/challenger experiments on the console: the list, each one's report in the page's language (the arms,
 * each measure's difference with its 95% interval as a forest chart, the verdict and the cautions), and for
 * policy analysts Stop and Promote (after confirming; a refusal is said on the page, the API's detail as a tooltip).
 */
@Path("/console/experiments")
@Produces(MediaType.TEXT_HTML)
public class ExperimentsPage {
    private final Template list;
    private final Template report;
    private final Pages pages;
    private final Experiments experiments;
    private final Promotion promotion;
    private final SecurityIdentity identity;
    private final dev.collections.experiment.DesignCheck designs;
    private final dev.collections.rules.CandidateRuleSets candidates;
    private final dev.collections.outcome.OutcomeConfig triage;
    private final dev.collections.score.ScoreModels models;

    public ExperimentsPage(@Location("console/experiments.html") Template list,
                           @Location("console/experiment-report.html") Template report, Pages pages,
                           Experiments experiments, Promotion promotion, SecurityIdentity identity,
                           dev.collections.experiment.DesignCheck designs,
                           dev.collections.rules.CandidateRuleSets candidates,
                           dev.collections.outcome.OutcomeConfig triage, dev.collections.score.ScoreModels models) {
        this.models = models;
        this.designs = designs;
        this.candidates = candidates;
        this.triage = triage;
        this.list = list;
        this.report = report;
        this.pages = pages;
        this.experiments = experiments;
        this.promotion = promotion;
        this.identity = identity;
    }

    /** What a refusal says: the experiment's id, the answer's status (the page's words) and the API's detail. */
    public record Refusal(String id, int status, String detail) {
    }

    @GET
    @PermitAll
    public Response experiments(@QueryParam("done") String done, @QueryParam("id") String id,
                                @BeanParam Pages.Language language) {
        return pages.gate(language, Section.EXPERIMENTS).orElseGet(() -> page(
                done == null ? null : java.util.Map.of("id", String.valueOf(id), "action", done), null, language, 200));
    }

    @GET
    @Path("/{id}/report")
    @PermitAll
    public Response report(@PathParam("id") long id, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.EXPERIMENTS).orElseGet(() -> {
            try {
                var r = experiments.report(id);
                var rows = ExperimentHtml.rows(r);
                return pages.render(report.data("r", r).data("rows", rows).data("height", ExperimentHtml.height(rows))
                        .data("centre", ExperimentHtml.centre()), language);
            } catch (ProblemException e) {
                return page(null, new Refusal(String.valueOf(id), e.problem().status(), e.problem().detail()),
                        language, e.problem().status());
            }
        });
    }

    /** The report's comparison as a file for a spreadsheet, in the page's language. */
    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @PermitAll
    public Response reportFile(@PathParam("id") long id, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.EXPERIMENTS).orElseGet(() -> {
            var m = pages.messages(language);
            try {
                var rows = ExperimentHtml.rows(experiments.report(id));
                return CsvDownload.of("experiment-" + id + ".csv", java.util.List.of(m.report_measure(),
                        m.arm("CHAMPION"), m.arm("CHALLENGER"), m.report_difference(), m.report_interval(),
                        m.report_p_value(), m.report_significant()), rows.stream().<java.util.List<?>>map(r ->
                        java.util.List.of(m.measure(r.measure()), r.champion(), r.challenger(), r.difference(),
                                r.low().equals("-") ? "-" : m.report_range(r.low(), r.high()), r.pValue(),
                                m.yes_no(r.significant()))).toList());
            } catch (ProblemException e) {
                return Response.status(e.problem().status()).type(MediaType.TEXT_PLAIN_TYPE)
                        .entity(m.experiment_refused(String.valueOf(id), e.problem().status())).build();
            }
        });
    }

    /** Starts an experiment (policy analysts), after confirming; then back to the list, or why it did not start. */
    @POST
    @PermitAll
    public Response start(@FormParam("name") String name, @FormParam("challenger") String challenger,
                          @FormParam("share") String share, @FormParam("startsOn") String startsOn,
                          @FormParam("endsOn") String endsOn, @FormParam("horizon") String horizon,
                          @FormParam("scoreModel") String scoreModel,
                          @FormParam(CsrfTokens.FIELD) String token, @BeanParam Pages.Language language) {
        return pages.gate(language, Roles.ANALYST).orElseGet(() -> {
            pages.checkToken(token);
            try {
                var design = designs.of(name, challenger, number(share), null, day(startsOn), day(endsOn),
                        horizon == null || !horizon.strip().matches("[0-9]{1,4}") ? null
                                : Integer.valueOf(horizon.strip()),
                        scoreModel == null || scoreModel.isBlank() ? null : scoreModel.strip());
                var started = experiments.create(design, user());
                return Response.seeOther(URI.create("/console/experiments?done=start&id=" + started.id)).build();
            } catch (ProblemException e) {
                return render(null, null, e.problem(), language, e.problem().status());
            }
        });
    }

    private static java.math.BigDecimal number(String value) {
        try {
            return value == null || value.isBlank() ? null : new java.math.BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return java.math.BigDecimal.valueOf(-1);
        }
    }

    private static java.time.LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDate.MIN;
        }
    }

    /** Stops a running experiment (policy analysts): every account is decided by the live rules again. */
    @POST
    @Path("/{id}/stop")
    @PermitAll
    public Response stop(@PathParam("id") long id, @FormParam(CsrfTokens.FIELD) String token,
                         @BeanParam Pages.Language language) {
        return change(id, "stop", token, language, () -> experiments.stop(id, user()));
    }

    /** After its end, makes a running experiment's challenger the live rule set (policy analysts). */
    @POST
    @Path("/{id}/promote")
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
                return page(null, new Refusal(String.valueOf(id), e.problem().status(), e.problem().detail()),
                        language, e.problem().status());
            }
            return Response.seeOther(URI.create("/console/experiments?done=" + action + "&id=" + id)).build();
        });
    }

    private Response page(java.util.Map<String, String> done, Refusal refused, Pages.Language language, int status) {
        return render(done, refused, null, language, status);
    }

    private Response render(java.util.Map<String, String> done, Refusal refused,
                            dev.collections.common.Problem notStarted, Pages.Language language, int status) {
        var today = experiments.today();
        return pages.render(list.data("experiments", experiments.list()).data("mayChange", pages.allowed(Roles.ANALYST))
                .data("done", done).data("refused", refused).data("notStarted", notStarted == null ? null
                        : new NotStarted(notStarted.status(), notStarted.violations() == null ? java.util.List.of()
                                : notStarted.violations().stream().map(v -> new Refused(v.field(),
                                        v.message() != null && (v.message().contains(".drl")
                                                || v.message().contains("scenario")), v.message())).toList()))
                .data("candidates", candidates.names()).data("horizons", triage.outcomeHorizons())
                .data("models", models.all())
                .data("today", today).data("until", today.plusDays(30)), language, status);
    }

    /** Why an experiment did not start: the answer's status and what each refused field was told. */
    public record NotStarted(int status, java.util.List<Refused> violations) {
    }

    /** One refused field: its name, whether the challenger failed the rules check, and the check's own words. */
    public record Refused(String field, boolean rulesCheck, String message) {
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
