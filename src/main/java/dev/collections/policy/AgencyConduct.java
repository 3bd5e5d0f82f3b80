package dev.collections.policy;

/**
 * One agency's conduct as the nightly run sees it before deciding (rev. 3, AG6): the complaints opened in the
 * window on accounts placed with it, and the accounts placed with it in that window.
 */
public final class AgencyConduct {
    private final long agencyId;
    private final AgencyStatus status;
    private final int complaints;
    private final int placedAccounts;

    public AgencyConduct(long agencyId, AgencyStatus status, int complaints, int placedAccounts) {
        this.agencyId = agencyId;
        this.status = status;
        this.complaints = complaints;
        this.placedAccounts = placedAccounts;
    }

    public long getAgencyId() { return agencyId; }
    public AgencyStatus getStatus() { return status; }
    public int getComplaints() { return complaints; }
    public int getPlacedAccounts() { return placedAccounts; }

    /** Complaints per 1,000 accounts placed; 0 with none placed. */
    public double getComplaintsPerThousand() {
        return placedAccounts == 0 ? 0 : complaints * 1000.0 / placedAccounts;
    }
}
