package dev.collections.model;

import static dev.collections.model.AccountFacts.or;

import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ArrangementType;
import java.time.LocalDate;

/**
 * The account's repayment arrangement (instalment plan or deferral). Counts are 0 and flags false unless said;
 * {@code brokenArrangements} counts the account's earlier arrangements that were broken.
 */
public record ArrangementFacts(ArrangementType type, ArrangementStatus status, LocalDate signedOn,
                               Integer missedInstallments, Boolean paymentInTransit, Boolean autodebitFailed,
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
                or(missedInstallments, stored.missedInstallments), or(paymentInTransit, stored.paymentInTransit),
                or(autodebitFailed, stored.autodebitFailed), or(brokenArrangements, stored.brokenArrangements));
    }
}
