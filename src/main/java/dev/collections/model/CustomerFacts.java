package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import dev.collections.policy.Channel;
import java.util.List;

/** What the bank knows about the cardholder that matters to collections. No personal data. */
public record CustomerFacts(Boolean deceased, Boolean vulnerable, Boolean addressVerified, Boolean phoneReachable,
                            Boolean creditReportNotified, List<Channel> doNotContact,
                            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The day the bank"
                                    + " told the customer the account would go to a collection agency (rev. 3); absent:"
                                    + " never") java.time.LocalDate placementNotifiedOn) {

    /** api.md's defaults, the one place they are written: a phone is reachable until shown otherwise. */
    public static final CustomerFacts DEFAULTS = new CustomerFacts(false, false, false, true, false, List.of(), null);

    /** The flags without a placement notice (the shape before rev. 3). */
    public CustomerFacts(Boolean deceased, Boolean vulnerable, Boolean addressVerified, Boolean phoneReachable,
                         Boolean creditReportNotified, List<Channel> doNotContact) {
        this(deceased, vulnerable, addressVerified, phoneReachable, creditReportNotified, doNotContact, null);
    }

    /** Every field filled: the given ones, the defaults for the rest. */
    public CustomerFacts resolved() {
        return over(DEFAULTS);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the flags by name; a flag not set is null (not given). */
    public static final class Builder {
        private Boolean deceased;
        private Boolean vulnerable;
        private Boolean addressVerified;
        private Boolean phoneReachable;
        private Boolean creditReportNotified;
        private List<Channel> doNotContact;
        private java.time.LocalDate placementNotifiedOn;

        private Builder() {
        }

        public Builder deceased(Boolean value) { deceased = value; return this; }
        public Builder vulnerable(Boolean value) { vulnerable = value; return this; }
        public Builder addressVerified(Boolean value) { addressVerified = value; return this; }
        public Builder phoneReachable(Boolean value) { phoneReachable = value; return this; }
        public Builder creditReportNotified(Boolean value) { creditReportNotified = value; return this; }
        public Builder doNotContact(List<Channel> value) { doNotContact = value; return this; }
        public Builder placementNotifiedOn(java.time.LocalDate value) { placementNotifiedOn = value; return this; }

        public CustomerFacts build() {
            return new CustomerFacts(deceased, vulnerable, addressVerified, phoneReachable, creditReportNotified,
                    doNotContact, placementNotifiedOn);
        }
    }

    public CustomerFacts over(CustomerFacts stored) {
        if (stored == null) {
            return this;
        }
        return new CustomerFacts(or(deceased, stored.deceased), or(vulnerable, stored.vulnerable),
                or(addressVerified, stored.addressVerified), or(phoneReachable, stored.phoneReachable),
                or(creditReportNotified, stored.creditReportNotified), or(doNotContact, stored.doNotContact),
                or(placementNotifiedOn, stored.placementNotifiedOn));
    }
}
