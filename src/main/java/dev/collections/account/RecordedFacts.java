package dev.collections.account;

import dev.collections.model.AccountFacts;
import dev.collections.model.ArrangementFacts;
import dev.collections.model.ComplaintFacts;
import dev.collections.model.ContactFacts;
import dev.collections.model.CustomerFacts;
import dev.collections.model.DisputeFacts;
import dev.collections.model.HardshipFacts;
import dev.collections.model.PlacementFacts;
import dev.collections.model.PromiseFacts;
import java.util.List;

/** The one mapper from the stored record to the account model: a snapshot and its history become its facts. */
public final class RecordedFacts {
    private RecordedFacts() {
    }

    /** The facts the rules see for an account with this history (contacts: the history's, newest first). */
    public static AccountFacts of(AccountRecord a, AccountHistory history) {
        HardshipCase h = history.hardship();
        ArrangementRecord r = history.arrangement();
        DisputeRecord d = history.dispute();
        ComplaintRecord c = history.complaint();
        PromiseToPay p = history.promise();
        List<ContactFacts> contacts = history.contacts().stream()
                .map(x -> new ContactFacts(x.channel, x.contactedAt, x.outcome)).toList();
        return new AccountFacts(a.accountId, null, a.timezone, a.currency, a.daysPastDue, a.overdueAmount,
                a.outstandingBalance, a.principalOutstanding, a.riskGrade, customer(a),
                h == null ? null : new HardshipFacts(h.reason, h.status, h.temporary, h.declaredOn),
                r == null ? null : new ArrangementFacts(r.type, r.status, r.signedOn, r.termMonths, r.nextDueDate,
                        r.missedInstallments, r.paymentInTransit, r.autodebitFailed, r.brokenByBank,
                        history.brokenArrangements()),
                d == null ? null : new DisputeFacts(d.status == CaseStatus.OPEN, d.openedOn),
                c == null ? null : new ComplaintFacts(c.status == CaseStatus.OPEN, c.viaRegulator, c.openedOn),
                p == null ? null : new PromiseFacts(p.amount, p.dueDate, p.status),
                contacts, placement(history.placement()));
    }

    private static PlacementFacts placement(PlacementRecord p) {
        return p == null ? null : new PlacementFacts(p.agencyId, p.placedOn, p.until, p.recalledOn, p.agencyStatus);
    }

    /** The customer flags of a stored snapshot (opt-outs in a stable order). */
    public static CustomerFacts customer(AccountRecord a) {
        return new CustomerFacts(a.deceased, a.vulnerable, a.addressVerified, a.phoneReachable,
                a.creditReportNotified, a.doNotContact.stream().sorted().toList(), a.placementNotifiedOn);
    }
}
