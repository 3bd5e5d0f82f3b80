package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import dev.collections.policy.AgencyStatus;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The account's latest placement with a collection agency (policy.md rev. 3): the agency, the day it was placed and
 * the last day of its term; {@code recalledOn} once it came back. {@code agencyStatus} is the agency's standing,
 * which the service fills in from its agencies when the request leaves it out.
 */
public record PlacementFacts(@Schema(required = true, description = "The agency's id (GET /api/v1/agencies)")
                             Long agencyId,
                             @Schema(required = true) LocalDate placedOn,
                             @Schema(required = true, description = "The last day of the placement's term")
                             LocalDate until,
                             @Schema(description = "The day the account came back from the agency; absent while"
                                     + " placed") LocalDate recalledOn,
                             @Schema(description = "The agency's standing (ACTIVE, SUSPENDED, ENDED); the service's"
                                     + " own record of the agency when absent") AgencyStatus agencyStatus) {

    public PlacementFacts over(PlacementFacts stored) {
        return stored == null ? this : new PlacementFacts(or(agencyId, stored.agencyId),
                or(placedOn, stored.placedOn), or(until, stored.until), or(recalledOn, stored.recalledOn),
                or(agencyStatus, stored.agencyStatus));
    }

    /** The same placement with the agency's standing as the service records it (when the request gave none). */
    public PlacementFacts withAgencyStatus(AgencyStatus status) {
        return agencyStatus != null || status == null ? this
                : new PlacementFacts(agencyId, placedOn, until, recalledOn, status);
    }
}
