package dev.collections.policy;

import java.time.LocalDate;

/** A dispute the customer raised about the debt. */
public final class Dispute {
    private final boolean open;
    private final LocalDate openedOn;
    private final Integer daysOpen;

    public Dispute(boolean open, LocalDate openedOn, Integer daysOpen) {
        this.open = open;
        this.openedOn = openedOn;
        this.daysOpen = daysOpen;
    }

    public boolean isOpen() { return open; }
    public LocalDate getOpenedOn() { return openedOn; }
    /** Whole days from opening to the assessment date, or null when the opening date is unknown. */
    public Integer getDaysOpen() { return daysOpen; }
}
