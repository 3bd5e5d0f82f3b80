package dev.collections.account;

import dev.collections.model.AccountFacts;
import dev.collections.model.ArrangementFacts;
import dev.collections.model.ComplaintFacts;
import dev.collections.model.ContactFacts;
import dev.collections.model.DisputeFacts;
import dev.collections.model.HardshipFacts;
import dev.collections.model.PlacementFacts;
import dev.collections.model.PromiseFacts;
import java.util.List;

/** The one mapper from the stored record to the account model: a snapshot and its history become its facts. */
public final class RecordedFacts {
    private RecordedFacts() {
    }

    /**
     * The facts the rules see for a stored account with this history; its contacts in the order they happened and,
     * at the same moment, were recorded (rev. 2.1: the one recorded later is the later).
     */
    public static AccountFacts of(AccountRecord a, AccountHistory history) {
        return of(a.accountId, a.snapshot(), history);
    }

    /** The facts the rules see for an account of the portfolio. */
    public static AccountFacts of(RecordedAccount a) {
        return of(a.accountId(), a.snapshot(), a.history());
    }

    /** The facts of an account's snapshot and history: the one mapping of a snapshot onto the model. */
    public static AccountFacts of(String accountId, Events.Snapshot s, AccountHistory history) {
        HardshipCase h = history.hardship();
        ArrangementRecord r = history.arrangement();
        DisputeRecord d = history.dispute();
        ComplaintRecord c = history.complaint();
        PromiseToPay p = history.promise();
        PlacementRecord placement = history.placement();
        List<ContactAttempt> newestFirst = history.contacts();
        List<ContactFacts> contacts = new java.util.ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) { // in the order recorded (rev. 2.1)
            ContactAttempt x = newestFirst.get(i);
            contacts.add(new ContactFacts(x.channel, x.contactedAt, x.outcome));
        }
        return AccountFacts.builder().accountId(accountId).timezone(s.timezone()).currency(s.currency())
                .daysPastDue(s.daysPastDue()).overdueAmount(s.overdueAmount())
                .outstandingBalance(s.outstandingBalance()).principalOutstanding(s.principalOutstanding())
                .riskGrade(s.riskGrade()).customer(s.customer())
                .hardship(h == null ? null : new HardshipFacts(h.reason, h.status, h.temporary, h.declaredOn))
                .arrangement(r == null ? null : new ArrangementFacts(r.type, r.status, r.signedOn, r.termMonths,
                        r.nextDueDate, r.missedInstallments, r.paymentInTransit, r.autodebitFailed, r.brokenByBank,
                        history.brokenArrangements()))
                .dispute(d == null ? null : new DisputeFacts(d.status == CaseStatus.OPEN, d.openedOn))
                .complaint(c == null ? null : new ComplaintFacts(c.status == CaseStatus.OPEN, c.viaRegulator,
                        c.openedOn))
                .promise(p == null ? null : new PromiseFacts(p.amount, p.dueDate, p.status))
                .contacts(contacts)
                .placement(placement == null ? null : new PlacementFacts(placement.agencyId, placement.placedOn,
                        placement.until, placement.recalledOn, placement.agencyStatus))
                .build();
    }
}
