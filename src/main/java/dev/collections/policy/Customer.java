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

    public Customer(boolean deceased, boolean vulnerable, boolean addressVerified, boolean phoneReachable,
                    boolean creditReportNotified, Set<Channel> doNotContact) {
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
}
