package dev.collections.policy;

import java.time.LocalDate;

/**
 * The account's repayment arrangement (instalment plan or deferral). Day counts are whole days from or to the
 * asOf date in the customer's time zone, null when the date is unknown.
 */
public final class Arrangement {
    private final ArrangementType type;
    private final ArrangementStatus status;
    private final LocalDate signedOn;
    private final Integer daysSinceSigned;
    private final Integer termMonths;
    private final LocalDate nextDueDate;
    private final Integer daysUntilNextDue;
    private final int missedInstallments;
    private final boolean paymentInTransit;
    private final boolean autodebitFailed;
    private final boolean brokenByBank;
    private final int brokenArrangements;

    public Arrangement(ArrangementType type, ArrangementStatus status, LocalDate signedOn, Integer daysSinceSigned,
                       Integer termMonths, LocalDate nextDueDate, Integer daysUntilNextDue, int missedInstallments,
                       boolean paymentInTransit, boolean autodebitFailed, boolean brokenByBank,
                       int brokenArrangements) {
        this.type = type;
        this.status = status;
        this.signedOn = signedOn;
        this.daysSinceSigned = daysSinceSigned;
        this.termMonths = termMonths;
        this.nextDueDate = nextDueDate;
        this.daysUntilNextDue = daysUntilNextDue;
        this.missedInstallments = missedInstallments;
        this.paymentInTransit = paymentInTransit;
        this.autodebitFailed = autodebitFailed;
        this.brokenByBank = brokenByBank;
        this.brokenArrangements = brokenArrangements;
    }

    public ArrangementType getType() { return type; }
    public ArrangementStatus getStatus() { return status; }
    public LocalDate getSignedOn() { return signedOn; }
    /** Whole days from signing to the assessment date, or null when the signing date is unknown. */
    public Integer getDaysSinceSigned() { return daysSinceSigned; }
    /** The plan's term in months (rev. 2), or null when not given. */
    public Integer getTermMonths() { return termMonths; }
    public LocalDate getNextDueDate() { return nextDueDate; }
    /** Whole days from the assessment date to the next instalment's due date, or null when it is unknown. */
    public Integer getDaysUntilNextDue() { return daysUntilNextDue; }
    public int getMissedInstallments() { return missedInstallments; }
    public boolean isPaymentInTransit() { return paymentInTransit; }
    public boolean isAutodebitFailed() { return autodebitFailed; }
    /** A BROKEN arrangement whose break was the bank's own fault (rev. 2). */
    public boolean isBrokenByBank() { return brokenByBank; }
    /** How many arrangements of this account the customer broke before (breaks the bank caused do not count). */
    public int getBrokenArrangements() { return brokenArrangements; }
}
