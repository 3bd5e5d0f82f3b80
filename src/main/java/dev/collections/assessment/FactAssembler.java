package dev.collections.assessment;

import static java.time.temporal.ChronoUnit.DAYS;

import dev.collections.policy.Account;
import dev.collections.policy.Arrangement;
import dev.collections.policy.Complaint;
import dev.collections.policy.Contact;
import dev.collections.policy.Customer;
import dev.collections.policy.Dispute;
import dev.collections.policy.Hardship;
import dev.collections.policy.Promise;
import dev.collections.rules.Facts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Turns a validated request into the facts the rules see, with api.md's defaults. Day counts against a date are
 * whole days between that date and the asOf date in the customer's time zone (policy.md "Conventions").
 */
final class FactAssembler {
    private FactAssembler() {
    }

    static Facts toFacts(AssessmentRequest r, OffsetDateTime now, ZoneId defaultZone) {
        ZoneId zone = r.timezone() == null ? defaultZone : ZoneId.of(r.timezone());
        OffsetDateTime asOf = (r.asOf() == null ? now : r.asOf()).atZoneSameInstant(zone).toOffsetDateTime();
        LocalDate today = asOf.toLocalDate();
        Account account = new Account(r.accountId(), asOf, zone,
                r.currency() == null ? AssessmentRequest.DEFAULT_CURRENCY : r.currency(), r.daysPastDue(),
                r.overdueAmount(), r.outstandingBalance(), r.riskGrade());
        return new Facts(account, customer(r.customer()), hardship(r.hardship(), today),
                arrangement(r.arrangement()), dispute(r.dispute(), today), complaint(r.complaint(), today),
                promise(r.promise(), today), contacts(r.contacts(), asOf));
    }

    private static Customer customer(AssessmentRequest.CustomerFacts c) {
        if (c == null) {
            return new Customer(false, false, false, true, false, Set.of());
        }
        return new Customer(is(c.deceased(), false), is(c.vulnerable(), false), is(c.addressVerified(), false),
                is(c.phoneReachable(), true), is(c.creditReportNotified(), false),
                c.doNotContact() == null ? Set.of() : Set.copyOf(c.doNotContact()));
    }

    private static Hardship hardship(AssessmentRequest.HardshipFacts h, LocalDate today) {
        return h == null ? null : new Hardship(h.reason(), h.status(), is(h.temporary(), false), h.declaredOn(),
                daysSince(h.declaredOn(), today));
    }

    private static Arrangement arrangement(AssessmentRequest.ArrangementFacts a) {
        return a == null ? null : new Arrangement(a.type(), a.status(), a.signedOn(), count(a.missedInstallments()),
                is(a.paymentInTransit(), false), is(a.autodebitFailed(), false), count(a.brokenArrangements()));
    }

    private static Dispute dispute(AssessmentRequest.DisputeFacts d, LocalDate today) {
        return d == null ? null : new Dispute(is(d.open(), false), d.openedOn(), daysSince(d.openedOn(), today));
    }

    private static Complaint complaint(AssessmentRequest.ComplaintFacts c, LocalDate today) {
        return c == null ? null : new Complaint(is(c.open(), false), is(c.viaRegulator(), false), c.openedOn(),
                daysSince(c.openedOn(), today));
    }

    private static Promise promise(AssessmentRequest.PromiseFacts p, LocalDate today) {
        return p == null ? null : new Promise(p.amount(), p.dueDate(), p.status(),
                clamp(DAYS.between(today, p.dueDate())));
    }

    private static List<Contact> contacts(List<AssessmentRequest.ContactFacts> contacts, OffsetDateTime asOf) {
        return contacts == null ? List.of()
                : contacts.stream().map(c -> new Contact(c.channel(), c.outcome(), c.at(), asOf)).toList();
    }

    private static Integer daysSince(LocalDate date, LocalDate today) {
        return date == null ? null : clamp(DAYS.between(date, today));
    }

    private static int clamp(long days) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days));
    }

    private static boolean is(Boolean value, boolean absent) {
        return value == null ? absent : value;
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
