package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import dev.collections.policy.HardshipReason;
import dev.collections.policy.HardshipStatus;
import java.time.LocalDate;

/** The customer's hardship case; {@code temporary} is false unless said. */
public record HardshipFacts(HardshipReason reason, HardshipStatus status, Boolean temporary, LocalDate declaredOn) {

    public boolean temporaryOrFalse() {
        return Boolean.TRUE.equals(temporary);
    }

    public HardshipFacts over(HardshipFacts stored) {
        if (stored == null) {
            return this;
        }
        return new HardshipFacts(or(reason, stored.reason), or(status, stored.status),
                or(temporary, stored.temporary), or(declaredOn, stored.declaredOn));
    }
}
