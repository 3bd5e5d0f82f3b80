package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import dev.collections.policy.Channel;
import java.util.List;

/** What the bank knows about the cardholder that matters to collections. No personal data. */
public record CustomerFacts(Boolean deceased, Boolean vulnerable, Boolean addressVerified, Boolean phoneReachable,
                            Boolean creditReportNotified, List<Channel> doNotContact) {

    /** api.md's defaults, the one place they are written: a phone is reachable until shown otherwise. */
    public static final CustomerFacts DEFAULTS = new CustomerFacts(false, false, false, true, false, List.of());

    /** Every field filled: the given ones, the defaults for the rest. */
    public CustomerFacts resolved() {
        return over(DEFAULTS);
    }

    public CustomerFacts over(CustomerFacts stored) {
        if (stored == null) {
            return this;
        }
        return new CustomerFacts(or(deceased, stored.deceased), or(vulnerable, stored.vulnerable),
                or(addressVerified, stored.addressVerified), or(phoneReachable, stored.phoneReachable),
                or(creditReportNotified, stored.creditReportNotified), or(doNotContact, stored.doNotContact));
    }
}
