package dev.collections.rules;

import static java.time.temporal.ChronoUnit.DAYS;

import dev.collections.model.AccountFacts;
import dev.collections.model.ArrangementFacts;
import dev.collections.model.ComplaintFacts;
import dev.collections.model.ContactFacts;
import dev.collections.model.CustomerFacts;
import dev.collections.model.DisputeFacts;
import dev.collections.model.HardshipFacts;
import dev.collections.model.PlacementFacts;
import dev.collections.model.PromiseFacts;
import dev.collections.policy.AgencyStatus;
import dev.collections.policy.Placement;
import dev.collections.policy.Account;
import dev.collections.policy.Arrangement;
import dev.collections.policy.Complaint;
import dev.collections.policy.Contact;
import dev.collections.policy.ContactHistory;
import dev.collections.policy.Customer;
import dev.collections.policy.Dispute;
import dev.collections.policy.Hardship;
import dev.collections.policy.Promise;
import dev.collections.policy.Score;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules see about one account, built from the account model in one place ({@link #from}) with the
 * model's defaults. Day counts against a date are whole days between that date and the asOf date in the customer's
 * time zone (policy.md "Conventions"). Contacts after {@code asOf} are not inserted as Contact facts (they had not
 * happened yet at that moment) but still count in the contact history used for caps.
 */
public record Facts(Account account, Customer customer, Hardship hardship, Arrangement arrangement, Dispute dispute,
                    Complaint complaint, Promise promise, List<Contact> contacts, Placement placement, Score score) {

    /** The rule facts of a validated account; {@code now} and {@code defaultZone} stand in for asOf and timezone. */
    public static Facts from(AccountFacts r, OffsetDateTime now, ZoneId defaultZone) {
        ZoneId zone = r.zone(defaultZone);
        OffsetDateTime asOf = (r.asOf() == null ? now : r.asOf()).atZoneSameInstant(zone).toOffsetDateTime();
        LocalDate today = asOf.toLocalDate();
        Account account = Account.builder().accountId(r.accountId()).asOf(asOf).zone(zone)
                .currency(r.currencyOrDefault()).daysPastDue(r.daysPastDue()).overdueAmount(r.overdueAmount())
                .outstandingBalance(r.outstandingBalance()).principalOutstanding(r.principalOutstanding())
                .riskGrade(r.riskGrade()).build();
        return new Facts(account, customer(r.customer(), today), hardship(r.hardship(), today),
                arrangement(r.arrangement(), today), dispute(r.dispute(), today), complaint(r.complaint(), today),
                promise(r.promise(), today), contacts(r.contacts(), asOf, zone), placement(r.placement(), today), null);
    }

    /** The same facts with the account's behavioural score (null: no live model scored it). */
    public Facts withScore(Score given) {
        return new Facts(account, customer, hardship, arrangement, dispute, complaint, promise, contacts, placement,
                given);
    }

    /** The objects to insert into a session, absent facts left out. */
    public List<Object> toInsert() {
        List<Object> all = new ArrayList<>(10 + contacts.size());
        for (Object fact : new Object[] {account, customer, hardship, arrangement, dispute, complaint, promise,
                                         placement, score}) {
            if (fact != null) {
                all.add(fact);
            }
        }
        for (Contact c : contacts) {
            if (!c.getAt().isAfter(account.getAsOf())) {
                all.add(c);
            }
        }
        all.add(new ContactHistory(contacts, account.getZone()));
        return all;
    }

    private static Customer customer(CustomerFacts given, LocalDate today) {
        CustomerFacts c = given == null ? CustomerFacts.DEFAULTS : given.resolved();
        return Customer.builder().deceased(c.deceased()).vulnerable(c.vulnerable())
                .addressVerified(c.addressVerified()).phoneReachable(c.phoneReachable())
                .creditReportNotified(c.creditReportNotified()).doNotContact(Set.copyOf(c.doNotContact()))
                .placementNotifiedOn(c.placementNotifiedOn())
                .daysSincePlacementNotified(daysSince(c.placementNotifiedOn(), today)).build();
    }

    /** The latest placement; an agency nobody gave a standing for counts as ACTIVE. */
    private static Placement placement(PlacementFacts p, LocalDate today) {
        return p == null ? null : new Placement(p.agencyId(), p.agencyStatus() == null ? AgencyStatus.ACTIVE
                : p.agencyStatus(), p.placedOn(), p.until(), p.recalledOn(), daysSince(p.placedOn(), today),
                today.isAfter(p.until()), daysSince(p.recalledOn(), today));
    }

    private static Hardship hardship(HardshipFacts h, LocalDate today) {
        return h == null ? null : new Hardship(h.reason(), h.status(), h.temporaryOrFalse(), h.declaredOn(),
                daysSince(h.declaredOn(), today));
    }

    private static Arrangement arrangement(ArrangementFacts a, LocalDate today) {
        return a == null ? null : new Arrangement(a.type(), a.status(), a.signedOn(), daysSince(a.signedOn(), today),
                a.termMonths(), a.nextDueDate(), a.nextDueDate() == null ? null
                : clamp(DAYS.between(today, a.nextDueDate())), a.missedOrZero(),
                Boolean.TRUE.equals(a.paymentInTransit()), Boolean.TRUE.equals(a.autodebitFailed()),
                Boolean.TRUE.equals(a.brokenByBank()), a.brokenOrZero());
    }

    private static Dispute dispute(DisputeFacts d, LocalDate today) {
        return d == null ? null : new Dispute(Boolean.TRUE.equals(d.open()), d.openedOn(),
                daysSince(d.openedOn(), today));
    }

    private static Complaint complaint(ComplaintFacts c, LocalDate today) {
        return c == null ? null : new Complaint(Boolean.TRUE.equals(c.open()), Boolean.TRUE.equals(c.viaRegulator()),
                c.openedOn(), daysSince(c.openedOn(), today));
    }

    private static Promise promise(PromiseFacts p, LocalDate today) {
        return p == null ? null : new Promise(p.amount(), p.dueDate(), p.status(),
                clamp(DAYS.between(today, p.dueDate())));
    }

    /** The contacts in the order listed (or recorded): of two at the same moment, the later listed is the later. */
    private static List<Contact> contacts(List<ContactFacts> contacts, OffsetDateTime asOf, ZoneId zone) {
        if (contacts == null) {
            return List.of();
        }
        List<Contact> all = new ArrayList<>(contacts.size());
        for (ContactFacts c : contacts) {
            all.add(new Contact(c.channel(), c.outcome(), c.at(), asOf, zone, all.size()));
        }
        return all;
    }

    private static Integer daysSince(LocalDate date, LocalDate today) {
        return date == null ? null : clamp(DAYS.between(date, today));
    }

    private static int clamp(long days) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days));
    }
}
