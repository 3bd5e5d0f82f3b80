package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import dev.collections.policy.PromiseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The customer's latest promise to pay. */
public record PromiseFacts(BigDecimal amount, LocalDate dueDate, PromiseStatus status) {

    public PromiseFacts over(PromiseFacts stored) {
        return stored == null ? this : new PromiseFacts(or(amount, stored.amount), or(dueDate, stored.dueDate),
                or(status, stored.status));
    }
}
