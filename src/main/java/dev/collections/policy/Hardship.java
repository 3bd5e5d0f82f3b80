package dev.collections.policy;

import java.time.LocalDate;

/** The customer's hardship case. {@code daysSinceDeclared} counts whole days in the customer's time zone. */
public final class Hardship {
    private final HardshipReason reason;
    private final HardshipStatus status;
    private final boolean temporary;
    private final LocalDate declaredOn;
    private final Integer daysSinceDeclared;

    public Hardship(HardshipReason reason, HardshipStatus status, boolean temporary, LocalDate declaredOn,
                    Integer daysSinceDeclared) {
        this.reason = reason;
        this.status = status;
        this.temporary = temporary;
        this.declaredOn = declaredOn;
        this.daysSinceDeclared = daysSinceDeclared;
    }

    public HardshipReason getReason() { return reason; }
    public HardshipStatus getStatus() { return status; }
    public boolean isTemporary() { return temporary; }
    public LocalDate getDeclaredOn() { return declaredOn; }
    /** Whole days from declaration to the assessment date, or null when the declaration date is unknown. */
    public Integer getDaysSinceDeclared() { return daysSinceDeclared; }
}
