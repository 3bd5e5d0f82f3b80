package dev.collections.model;

import dev.collections.common.Problem.Violation;
import dev.collections.common.Violations;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The API's rules on an account's facts (api.md "Required"); each broken rule is one violation. */
public final class FactsValidator {
    public static final int MAX_CONTACTS = 1_000;
    /** The most instalments, arrangements or such an account can count. */
    public static final int MAX_COUNT = 1_000;
    /** api.md: an arrangement's term, 1 to 600 months. */
    public static final int MAX_TERM_MONTHS = 600;
    public static final int MAX_DAYS_PAST_DUE = 10_000;

    private FactsValidator() {
    }

    public static List<Violation> validate(AccountFacts r) {
        Violations v = new Violations();
        v.required("accountId", r.accountId());
        if (r.accountId() != null) {
            v.check(AccountIds.isValid(r.accountId()), "accountId", AccountIds.RULE);
        }
        accountFacts(v, r.daysPastDue(), r.overdueAmount(), r.outstandingBalance(), r.principalOutstanding(),
                r.timezone(), r.currency(), r.customer());
        v.moment("asOf", r.asOf());
        if (r.hardship() != null) {
            v.required("hardship.status", r.hardship().status()).moment("hardship.declaredOn", r.hardship().declaredOn());
        }
        if (r.dispute() != null) {
            v.moment("dispute.openedOn", r.dispute().openedOn());
        }
        if (r.complaint() != null) {
            v.moment("complaint.openedOn", r.complaint().openedOn());
        }
        if (r.arrangement() != null) {
            v.required("arrangement.status", r.arrangement().status())
                    .moment("arrangement.signedOn", r.arrangement().signedOn())
                    .moment("arrangement.nextDueDate", r.arrangement().nextDueDate())
                    .range("arrangement.termMonths", r.arrangement().termMonths(), 1, MAX_TERM_MONTHS)
                    .range("arrangement.missedInstallments", r.arrangement().missedInstallments(), 0, MAX_COUNT)
                    .range("arrangement.brokenArrangements", r.arrangement().brokenArrangements(), 0, MAX_COUNT);
        }
        if (r.promise() != null) {
            v.required("promise.status", r.promise().status()).required("promise.dueDate", r.promise().dueDate())
                    .moment("promise.dueDate", r.promise().dueDate())
                    .amount("promise.amount", r.promise().amount(), false);
        }
        if (r.placement() != null) {
            var p = r.placement();
            v.required("placement.agencyId", p.agencyId()).required("placement.placedOn", p.placedOn())
                    .required("placement.until", p.until()).moment("placement.placedOn", p.placedOn())
                    .moment("placement.until", p.until()).moment("placement.recalledOn", p.recalledOn());
            v.check(p.agencyId() == null || p.agencyId() > 0, "placement.agencyId", "must be an agency's id");
            v.check(p.placedOn() == null || p.until() == null || !p.until().isBefore(p.placedOn()), "placement.until",
                    "must not be before placedOn");
            v.check(p.placedOn() == null || p.recalledOn() == null || !p.recalledOn().isBefore(p.placedOn()),
                    "placement.recalledOn", "must not be before placedOn");
        }
        contacts(v, r.contacts());
        return v.list();
    }

    /**
     * The rules on an account's own facts, the same in an assessment and in a stored snapshot: days past due,
     * amounts (the unpaid principal, when given, at most the balance), time zone, currency and the customer's
     * opt-outs.
     */
    public static void accountFacts(Violations v, Integer daysPastDue, BigDecimal overdueAmount,
                                    BigDecimal outstandingBalance, BigDecimal principalOutstanding, String timezone,
                                    String currency, CustomerFacts customer) {
        v.required("daysPastDue", daysPastDue).range("daysPastDue", daysPastDue, 0, MAX_DAYS_PAST_DUE);
        v.amount("overdueAmount", overdueAmount, true).amount("outstandingBalance", outstandingBalance, true)
                .amount("principalOutstanding", principalOutstanding, false);
        v.check(principalOutstanding == null || outstandingBalance == null
                || principalOutstanding.compareTo(outstandingBalance) <= 0, "principalOutstanding",
                "must be at most outstandingBalance");
        v.check(timezone == null || isZone(timezone), "timezone", "must be an IANA time zone such as Asia/Shanghai");
        v.check(currency == null || isCurrencyCode(currency), "currency",
                "must be a three-letter ISO 4217 code such as CNY");
        if (customer != null) {
            v.moment("customer.placementNotifiedOn", customer.placementNotifiedOn());
        }
        if (customer != null && customer.doNotContact() != null) {
            v.check(customer.doNotContact().stream().noneMatch(Objects::isNull), "customer.doNotContact",
                    "must not contain null");
        }
    }

    private static void contacts(Violations v, List<ContactFacts> contacts) {
        if (contacts == null) {
            return;
        }
        if (contacts.size() > MAX_CONTACTS) {
            v.add("contacts", "must hold at most " + MAX_CONTACTS + " entries");
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            var c = contacts.get(i);
            if (c != null && c.channel() != null && c.at() != null && c.outcome() != null
                    && Violations.inYears(c.at())) {
                continue; // a valid contact: its fields' names are made only to tell what is wrong with one
            }
            String at = "contacts[" + i + "]";
            if (c == null) {
                v.add(at, "must not be null");
                continue;
            }
            v.required(at + ".channel", c.channel()).required(at + ".at", c.at()).required(at + ".outcome", c.outcome())
                    .moment(at + ".at", c.at());
        }
    }

    /** Three letters A-Z, as an ISO 4217 code is written (the expression {@code [A-Z]{3}}, without a matcher). */
    static boolean isCurrencyCode(String currency) {
        if (currency.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char ch = currency.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.length() <= 64;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
