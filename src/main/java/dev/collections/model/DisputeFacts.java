package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import java.time.LocalDate;

/** A dispute the customer raised about the debt; not open unless said. */
public record DisputeFacts(Boolean open, LocalDate openedOn) {

    public DisputeFacts over(DisputeFacts stored) {
        return stored == null ? this : new DisputeFacts(or(open, stored.open), or(openedOn, stored.openedOn));
    }
}
