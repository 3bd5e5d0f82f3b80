package dev.collections.account.rest;

import dev.collections.account.AccountSearch;
import dev.collections.common.Paging;
import dev.collections.common.Roles;
import dev.collections.common.Violations;
import dev.collections.policy.ActionType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finding accounts: by id or its beginning, stage, last step (of the nightly triage) and district, a page at a time. */
@Tag(name = "Accounts")
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.API, Roles.ANALYST, Roles.AUDITOR})
public class AccountSearchResource {
    private final AccountSearch search;

    public AccountSearchResource(AccountSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Accounts by id (or its beginning), stage, last step and district, in id order; stage and"
            + " step are those of the latest completed nightly triage, or of businessDate")
    public AccountSearch.Page find(
            @Parameter(description = "the account id or its beginning", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 64)) @QueryParam("idPrefix") String idPrefix,
            @Parameter(description = "the stage on the triage date", schema = @Schema(type = SchemaType.STRING,
                    pattern = AccountSearch.STAGE)) @QueryParam("stage") String stage,
            @Parameter(description = "the step the triage decided", schema = @Schema(implementation = ActionType.class))
            @QueryParam("lastAction") String lastAction,
            @Parameter(description = "the district, a 6-digit division code", schema = @Schema(type = SchemaType.STRING,
                    pattern = AccountSearch.REGION)) @QueryParam("region") String region,
            @Parameter(description = "the triage's business date (default: the latest completed run)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("businessDate") String date,
            @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "accounts a page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        Violations v = new Violations();
        v.text("idPrefix", idPrefix, 64);
        LocalDate businessDate = null;
        try {
            businessDate = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            v.add("businessDate", "a date such as 2026-11-23");
        }
        var criteria = new AccountSearch.Criteria(idPrefix, stage, lastAction, region, businessDate);
        criteria.check(v).throwIfAny();
        Paging paging = Paging.of(page, size);
        return search.find(criteria, paging.page(), paging.size());
    }
}
