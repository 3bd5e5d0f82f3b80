package dev.collections.policy;

/**
 * One agency as the nightly run sees it before deciding (rev. 3, AG6): its standing and the accounts placed with it
 * now; its complaints are {@link AgencyComplaint} facts beside it.
 */
public final class AgencyConduct {
    private final long agencyId;
    private final AgencyStatus status;
    private final int placedAccounts;

    public AgencyConduct(long agencyId, AgencyStatus status, int placedAccounts) {
        this.agencyId = agencyId;
        this.status = status;
        this.placedAccounts = placedAccounts;
    }

    public long getAgencyId() { return agencyId; }
    public AgencyStatus getStatus() { return status; }
    public int getPlacedAccounts() { return placedAccounts; }
}
