package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ArrangementType;
import java.time.LocalDate;

/**
 * The account's repayment arrangement (instalment plan or deferral). Counts are 0 and flags false unless said;
 * {@code brokenArrangements} counts the account's earlier arrangements the customer broke (rev. 2: breaks the bank
 * caused do not count); {@code brokenByBank} marks a BROKEN arrangement whose break was the bank's fault.
 */
public record ArrangementFacts(ArrangementType type, ArrangementStatus status, LocalDate signedOn,
                               Integer termMonths, LocalDate nextDueDate, Integer missedInstallments,
                               Boolean paymentInTransit, Boolean autodebitFailed, Boolean brokenByBank,
                               Integer brokenArrangements) {

    public int missedOrZero() {
        return missedInstallments == null ? 0 : missedInstallments;
    }

    public int brokenOrZero() {
        return brokenArrangements == null ? 0 : brokenArrangements;
    }

    public ArrangementFacts over(ArrangementFacts stored) {
        if (stored == null) {
            return this;
        }
        return new ArrangementFacts(or(type, stored.type), or(status, stored.status), or(signedOn, stored.signedOn),
                or(termMonths, stored.termMonths), or(nextDueDate, stored.nextDueDate),
                or(missedInstallments, stored.missedInstallments), or(paymentInTransit, stored.paymentInTransit),
                or(autodebitFailed, stored.autodebitFailed), or(brokenByBank, stored.brokenByBank),
                or(brokenArrangements, stored.brokenArrangements));
    }
}
