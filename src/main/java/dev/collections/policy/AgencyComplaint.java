package dev.collections.policy;

/** A complaint opened on an account while it was placed with the agency, {@code daysAgo} whole days before the night. */
public final class AgencyComplaint {
    private final long agencyId;
    private final int daysAgo;

    public AgencyComplaint(long agencyId, int daysAgo) {
        this.agencyId = agencyId;
        this.daysAgo = daysAgo;
    }

    public long getAgencyId() { return agencyId; }
    public int getDaysAgo() { return daysAgo; }
}
