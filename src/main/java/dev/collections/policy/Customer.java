package dev.collections.policy;

import java.time.LocalDate;
import java.util.Set;

/** What the bank knows about the cardholder that matters to collections. No personal data. */
public final class Customer {
    private final boolean deceased;
    private final boolean vulnerable;
    private final boolean addressVerified;
    private final boolean phoneReachable;
    private final boolean creditReportNotified;
    private final Set<Channel> doNotContact;
    private final LocalDate placementNotifiedOn;
    private final Integer daysSincePlacementNotified;

    private Customer(Builder b) {
        this.deceased = b.deceased;
        this.vulnerable = b.vulnerable;
        this.addressVerified = b.addressVerified;
        this.phoneReachable = b.phoneReachable;
        this.creditReportNotified = b.creditReportNotified;
        this.doNotContact = Set.copyOf(b.doNotContact);
        this.placementNotifiedOn = b.placementNotifiedOn;
        this.daysSincePlacementNotified = b.daysSincePlacementNotified;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isDeceased() { return deceased; }
    public boolean isVulnerable() { return vulnerable; }
    public boolean isAddressVerified() { return addressVerified; }
    public boolean isPhoneReachable() { return phoneReachable; }
    public boolean isCreditReportNotified() { return creditReportNotified; }
    public Set<Channel> getDoNotContact() { return doNotContact; }
    /** The day the bank told the customer the account would go to an agency (rev. 3), null if never. */
    public LocalDate getPlacementNotifiedOn() { return placementNotifiedOn; }
    /** Whole days from the placement notice to the asOf date, null if never notified. */
    public Integer getDaysSincePlacementNotified() { return daysSincePlacementNotified; }

    /** Builds the fact by name (rules.Facts builds it from the account model); flags not set are false. */
    public static final class Builder {
        private boolean deceased;
        private boolean vulnerable;
        private boolean addressVerified;
        private boolean phoneReachable;
        private boolean creditReportNotified;
        private Set<Channel> doNotContact = Set.of();
        private LocalDate placementNotifiedOn;
        private Integer daysSincePlacementNotified;

        private Builder() {
        }

        public Builder deceased(boolean value) { deceased = value; return this; }
        public Builder vulnerable(boolean value) { vulnerable = value; return this; }
        public Builder addressVerified(boolean value) { addressVerified = value; return this; }
        public Builder phoneReachable(boolean value) { phoneReachable = value; return this; }
        public Builder creditReportNotified(boolean value) { creditReportNotified = value; return this; }
        public Builder doNotContact(Set<Channel> value) { doNotContact = value; return this; }
        public Builder placementNotifiedOn(LocalDate value) { placementNotifiedOn = value; return this; }
        public Builder daysSincePlacementNotified(Integer value) { daysSincePlacementNotified = value; return this; }

        public Customer build() {
            return new Customer(this);
        }
    }
}
