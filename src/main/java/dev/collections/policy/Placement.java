package dev.collections.policy;

import java.time.LocalDate;

/**
 * The account's latest placement with a collection agency (rev. 3): the agency and its standing, the day it was
 * placed and the last day of its term; {@code recalledOn} when it came back. {@code current}: placed and not yet
 * recalled; {@code ended}: the term passed (the asOf date is after {@code until}).
 */
public final class Placement {
    private final long agencyId;
    private final AgencyStatus agencyStatus;
    private final LocalDate placedOn;
    private final LocalDate until;
    private final LocalDate recalledOn;
    private final int daysSincePlaced;
    private final boolean ended;
    private final Integer daysSinceRecalled;

    public Placement(long agencyId, AgencyStatus agencyStatus, LocalDate placedOn, LocalDate until,
                     LocalDate recalledOn, int daysSincePlaced, boolean ended, Integer daysSinceRecalled) {
        this.agencyId = agencyId;
        this.agencyStatus = agencyStatus;
        this.placedOn = placedOn;
        this.until = until;
        this.recalledOn = recalledOn;
        this.daysSincePlaced = daysSincePlaced;
        this.ended = ended;
        this.daysSinceRecalled = daysSinceRecalled;
    }

    public long getAgencyId() { return agencyId; }
    /** The agency's standing; ACTIVE when nobody said otherwise. */
    public AgencyStatus getAgencyStatus() { return agencyStatus; }
    public LocalDate getPlacedOn() { return placedOn; }
    public LocalDate getUntil() { return until; }
    public LocalDate getRecalledOn() { return recalledOn; }
    public int getDaysSincePlaced() { return daysSincePlaced; }
    /** Placed and not recalled: the agency works the account. */
    public boolean isCurrent() { return recalledOn == null; }
    /** The term passed: the asOf date is after the last day of the placement. */
    public boolean isEnded() { return ended; }
    /** Whole days since the recall; null while placed. */
    public Integer getDaysSinceRecalled() { return daysSinceRecalled; }
}
