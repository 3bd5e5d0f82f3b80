package dev.collections.policy;

import java.time.LocalDate;

/** A complaint about collections, made to the bank or through the regulator. */
public final class Complaint {
    private final boolean open;
    private final boolean viaRegulator;
    private final LocalDate openedOn;
    private final Integer daysOpen;

    public Complaint(boolean open, boolean viaRegulator, LocalDate openedOn, Integer daysOpen) {
        this.open = open;
        this.viaRegulator = viaRegulator;
        this.openedOn = openedOn;
        this.daysOpen = daysOpen;
    }

    public boolean isOpen() { return open; }
    public boolean isViaRegulator() { return viaRegulator; }
    public LocalDate getOpenedOn() { return openedOn; }
    public Integer getDaysOpen() { return daysOpen; }
}
