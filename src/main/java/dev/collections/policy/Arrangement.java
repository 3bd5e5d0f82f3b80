package dev.collections.policy;

import java.time.LocalDate;

/** The account's repayment arrangement (instalment plan or deferral). */
public final class Arrangement {
    private final ArrangementType type;
    private final ArrangementStatus status;
    private final LocalDate signedOn;
    private final int missedInstallments;
    private final boolean paymentInTransit;
    private final boolean autodebitFailed;
    private final int brokenArrangements;

    public Arrangement(ArrangementType type, ArrangementStatus status, LocalDate signedOn, int missedInstallments,
                       boolean paymentInTransit, boolean autodebitFailed, int brokenArrangements) {
        this.type = type;
        this.status = status;
        this.signedOn = signedOn;
        this.missedInstallments = missedInstallments;
        this.paymentInTransit = paymentInTransit;
        this.autodebitFailed = autodebitFailed;
        this.brokenArrangements = brokenArrangements;
    }

    public ArrangementType getType() { return type; }
    public ArrangementStatus getStatus() { return status; }
    public LocalDate getSignedOn() { return signedOn; }
    public int getMissedInstallments() { return missedInstallments; }
    public boolean isPaymentInTransit() { return paymentInTransit; }
    public boolean isAutodebitFailed() { return autodebitFailed; }
    /** How many arrangements of this account were broken before. */
    public int getBrokenArrangements() { return brokenArrangements; }
}
