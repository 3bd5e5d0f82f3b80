package dev.collections.decision.rest;

import dev.collections.decision.DecisionRecord;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.collections.model.AccountIds;
import dev.collections.common.Paging;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import dev.collections.decision.TriageDecision;
import dev.collections.rules.DecisionLanguage;
import jakarta.ws.rs.HeaderParam;
import java.time.LocalDate;
import java.util.Locale;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An account's decision history, newest first, paged. */
@Tag(name = "Decisions")
@Path("/api/v1/accounts/{accountId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.API, Roles.AUDITOR})
public class DecisionsResource {

    /**
     * One decision. REQUEST and RECORD decisions carry their assessment id, facts and answer; TRIAGE decisions (the
     * nightly run's) carry the run's business date and the work item ({@code triage}).
     */
    public record DecisionView(UUID assessmentId, OffsetDateTime assessedAt, String rulesetVersion, String stage,
                               String nextAction,
                               @Schema(enumeration = {"REQUEST", "RECORD", "TRIAGE"}) String source,
                               @Schema(implementation = AccountFacts.class) @JsonRawValue String facts,
                               @Schema(implementation = Assessment.class) @JsonRawValue String response,
                               LocalDate businessDate, TriageDecision triage) {
        static DecisionView of(DecisionRecord r) {
            return new DecisionView(r.assessmentId, r.assessedAt, r.rulesetVersion, r.stage, r.nextAction, r.source,
                    r.facts, r.response, null, null);
        }

        static DecisionView of(TriageDecision t, DecisionLanguage language, Locale locale) {
            return new DecisionView(null, t.decidedAt(), t.rulesetVersion(), t.stage(), t.nextAction(), "TRIAGE",
                    null, null, t.businessDate(), t.reason() == null ? t
                    : t.said(language.reason(t.rulesetVersion(), t.reason(), locale)));
        }
    }

    public record HistoryPage(String accountId, int page, int size, long total, List<DecisionView> decisions) {
    }

    private final DecisionLanguage language;

    public DecisionsResource(DecisionLanguage language) {
        this.language = language;
    }

    @GET
    @Operation(summary = "The account's decisions, newest first: assessments (the facts as evaluated, the answer, the"
            + " rule-set version) and the nightly triage's (source TRIAGE, with the run's date and version)",
            description = "A triage decision's reason is said in the language of Accept-Language (zh or en; else"
                    + " collections.assessment.default-language); an assessment's answer is kept as it was given.")
    public HistoryPage history(@PathParam("accountId") String accountId,
                               @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                                       minimum = "0")) @QueryParam("page") String page,
                               @Parameter(description = "decisions a page, 1 to 100 (default 20)",
                                       schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                               @QueryParam("size") String size,
                               @Parameter(hidden = true) @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = language.of(acceptLanguage);
        AccountIds.check(accountId);
        Paging paging = Paging.of(page, size);
        List<DecisionView> decisions = DecisionRecord.everyDecision(accountId, paging.page(), paging.size()).stream()
                .map(e -> e.assessmentId() != null
                        ? DecisionView.of(DecisionRecord.<DecisionRecord>findById(e.assessmentId()))
                        : DecisionView.of(DecisionRecord.triage(accountId, e.triageDate()), language, locale)).toList();
        return new HistoryPage(accountId, paging.page(), paging.size(), DecisionRecord.countEvery(accountId),
                decisions);
    }
}
