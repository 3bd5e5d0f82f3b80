package dev.collections.decision.rest;

import dev.collections.decision.DecisionRecord;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.collections.model.AccountIds;
import dev.collections.common.Paging;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An account's decision history, newest first, paged. */
@Tag(name = "Decisions")
@Path("/api/v1/accounts/{accountId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.API, Roles.AUDITOR})
public class DecisionsResource {

    public record DecisionView(UUID assessmentId, OffsetDateTime assessedAt, String rulesetVersion, String stage,
                               String nextAction, String source, @JsonRawValue String facts,
                               @JsonRawValue String response) {
        static DecisionView of(DecisionRecord r) {
            return new DecisionView(r.assessmentId, r.assessedAt, r.rulesetVersion, r.stage, r.nextAction, r.source,
                    r.facts, r.response);
        }
    }

    public record HistoryPage(String accountId, int page, int size, long total, List<DecisionView> decisions) {
    }

    @GET
    public HistoryPage history(@PathParam("accountId") String accountId, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        AccountIds.check(accountId);
        Paging paging = Paging.of(page, size);
        List<DecisionView> decisions = DecisionRecord.history(accountId, paging.page(), paging.size()).stream()
                .map(DecisionView::of).toList();
        return new HistoryPage(accountId, paging.page(), paging.size(), DecisionRecord.countFor(accountId), decisions);
    }
}
