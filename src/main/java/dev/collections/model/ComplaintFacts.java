package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import java.time.LocalDate;

/** A complaint about collections, to the bank or through the regulator; not open unless said. */
public record ComplaintFacts(Boolean open, Boolean viaRegulator, LocalDate openedOn) {

    public ComplaintFacts over(ComplaintFacts stored) {
        return stored == null ? this : new ComplaintFacts(or(open, stored.open),
                or(viaRegulator, stored.viaRegulator), or(openedOn, stored.openedOn));
    }
}
