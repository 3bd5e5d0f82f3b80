package dev.collections.assessment;

import dev.collections.common.Problem.Violation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The API's rules on a well-formed request (api.md "Required"); each broken rule is one violation. */
final class RequestValidator {
    static final int MAX_CONTACTS = 1_000;
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_DAYS_PAST_DUE = 10_000;
    private static final int MAX_COUNT = 1_000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    private final List<Violation> violations = new ArrayList<>();

    static List<Violation> validate(AssessmentRequest r) {
        RequestValidator v = new RequestValidator();
        v.check(r);
        return v.violations;
    }

    private void check(AssessmentRequest r) {
        if (r.accountId() == null) {
            fail("accountId", "is required");
        } else if (!ACCOUNT_ID.matcher(r.accountId()).matches()) {
            fail("accountId", "must be 1-64 characters of A-Z, a-z, 0-9, _ and -");
        }
        if (r.daysPastDue() == null) {
            fail("daysPastDue", "is required");
        } else if (r.daysPastDue() < 0 || r.daysPastDue() > MAX_DAYS_PAST_DUE) {
            fail("daysPastDue", "must be between 0 and " + MAX_DAYS_PAST_DUE);
        }
        amount("overdueAmount", r.overdueAmount(), true);
        amount("outstandingBalance", r.outstandingBalance(), true);
        if (r.timezone() != null && !isZone(r.timezone())) {
            fail("timezone", "must be an IANA time zone such as Asia/Shanghai");
        }
        if (r.currency() != null && !CURRENCY.matcher(r.currency()).matches()) {
            fail("currency", "must be a three-letter ISO 4217 code such as CNY");
        }
        if (r.customer() != null && r.customer().doNotContact() != null
                && r.customer().doNotContact().contains(null)) {
            fail("customer.doNotContact", "must not contain null");
        }
        if (r.hardship() != null) {
            required("hardship.status", r.hardship().status());
        }
        if (r.arrangement() != null) {
            required("arrangement.status", r.arrangement().status());
            count("arrangement.missedInstallments", r.arrangement().missedInstallments());
            count("arrangement.brokenArrangements", r.arrangement().brokenArrangements());
        }
        if (r.promise() != null) {
            required("promise.status", r.promise().status());
            required("promise.dueDate", r.promise().dueDate());
            amount("promise.amount", r.promise().amount(), false);
        }
        contacts(r.contacts());
    }

    private void contacts(List<AssessmentRequest.ContactFacts> contacts) {
        if (contacts == null) {
            return;
        }
        if (contacts.size() > MAX_CONTACTS) {
            fail("contacts", "must hold at most " + MAX_CONTACTS + " entries");
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            var c = contacts.get(i);
            if (c == null) {
                fail("contacts[" + i + "]", "must not be null");
                continue;
            }
            required("contacts[" + i + "].channel", c.channel());
            required("contacts[" + i + "].at", c.at());
            required("contacts[" + i + "].outcome", c.outcome());
        }
    }

    private void amount(String field, BigDecimal value, boolean isRequired) {
        if (value == null) {
            if (isRequired) {
                fail(field, "is required");
            }
        } else if (value.signum() < 0) {
            fail(field, "must be zero or more");
        } else if (value.compareTo(MAX_AMOUNT) >= 0) {
            fail(field, "must be less than " + MAX_AMOUNT.toPlainString());
        } else if (value.stripTrailingZeros().scale() > 2) {
            fail(field, "must have at most 2 decimals");
        }
    }

    private void count(String field, Integer value) {
        if (value != null && (value < 0 || value > MAX_COUNT)) {
            fail(field, "must be between 0 and " + MAX_COUNT);
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            fail(field, "is required");
        }
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private void fail(String field, String message) {
        violations.add(new Violation(field, message));
    }
}
