package dev.collections.policy;

import java.util.Set;

/** What the bank knows about the cardholder that matters to collections. No personal data. */
public final class Customer {
    private final boolean deceased;
    private final boolean vulnerable;
    private final boolean addressVerified;
    private final boolean phoneReachable;
    private final boolean creditReportNotified;
    private final Set<Channel> doNotContact;
    private final java.time.LocalDate placementNotifiedOn;
    private final Integer daysSincePlacementNotified;

    public Customer(boolean deceased, boolean vulnerable, boolean addressVerified, boolean phoneReachable,
                    boolean creditReportNotified, Set<Channel> doNotContact) {
        this(deceased, vulnerable, addressVerified, phoneReachable, creditReportNotified, doNotContact, null, null);
    }

    /**
     * {@code placementNotifiedOn}: the day the bank told the customer the account would go to an agency (rev. 3),
     * null if never; {@code daysSincePlacementNotified} whole days from then to the asOf date.
     */
    public Customer(boolean deceased, boolean vulnerable, boolean addressVerified, boolean phoneReachable,
                    boolean creditReportNotified, Set<Channel> doNotContact, java.time.LocalDate placementNotifiedOn,
                    Integer daysSincePlacementNotified) {
        this.placementNotifiedOn = placementNotifiedOn;
        this.daysSincePlacementNotified = daysSincePlacementNotified;
        this.deceased = deceased;
        this.vulnerable = vulnerable;
        this.addressVerified = addressVerified;
        this.phoneReachable = phoneReachable;
        this.creditReportNotified = creditReportNotified;
        this.doNotContact = Set.copyOf(doNotContact);
    }

    public boolean isDeceased() { return deceased; }
    public boolean isVulnerable() { return vulnerable; }
    public boolean isAddressVerified() { return addressVerified; }
    public boolean isPhoneReachable() { return phoneReachable; }
    public boolean isCreditReportNotified() { return creditReportNotified; }
    public Set<Channel> getDoNotContact() { return doNotContact; }
    public java.time.LocalDate getPlacementNotifiedOn() { return placementNotifiedOn; }
    public Integer getDaysSincePlacementNotified() { return daysSincePlacementNotified; }
}
