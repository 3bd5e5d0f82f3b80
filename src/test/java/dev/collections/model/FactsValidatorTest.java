package dev.collections.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.collections.common.Problem.Violation;
import dev.collections.common.Violations;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks a valid request passes make no messages or field names (every assessment runs them), and a broken
 * rule still names its field and says why as before.
 */
class FactsValidatorTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-01T10:00:00+08:00");

    @Test
    void anAmountWithTrailingZerosIsStillTwoDecimalsAndAThirdDecimalIsNot() {
        for (String ok : new String[] {"100", "100.5", "100.50", "100.500", "0.000", "1E+3", "12.3400000"}) {
            assertEquals(List.of(), new Violations().amount("overdueAmount", new BigDecimal(ok), true).list(), ok);
        }
        for (String broken : new String[] {"100.001", "0.005", "1.0050", "1E-3"}) {
            assertEquals(List.of(new Violation("overdueAmount", "must have at most 2 decimals")),
                    new Violations().amount("overdueAmount", new BigDecimal(broken), true).list(), broken);
        }
    }

    @Test
    void aRangeSaysItsBoundsOnlyWhenBroken() {
        assertEquals(List.of(), new Violations().range("daysPastDue", 10_000, 0, 10_000).list());
        assertEquals(List.of(new Violation("daysPastDue", "must be between 0 and 10000")),
                new Violations().range("daysPastDue", 10_001, 0, 10_000).list());
    }

    @Test
    void aBrokenContactIsNamedByItsPlaceAmongValidOnes() {
        var valid = new ContactFacts(Channel.CALL, AT, ContactOutcome.CONTACTED);
        List<ContactFacts> contacts = new ArrayList<>(List.of(valid, valid, valid));
        assertEquals(List.of(), FactsValidator.validate(account(contacts)));

        contacts.set(1, new ContactFacts(null, AT, ContactOutcome.CONTACTED));
        contacts.set(2, new ContactFacts(Channel.SMS, AT.withYear(3000), null));
        assertEquals(List.of(new Violation("contacts[1].channel", "is required"),
                new Violation("contacts[2].outcome", "is required"),
                new Violation("contacts[2].at", "must be in the years 1900-2999")),
                FactsValidator.validate(account(contacts)));
        contacts.set(0, null);
        assertEquals(new Violation("contacts[0]", "must not be null"),
                FactsValidator.validate(account(contacts)).get(0));
    }

    private static AccountFacts account(List<ContactFacts> contacts) {
        return AccountFacts.builder().accountId("CC-1").daysPastDue(20).overdueAmount(new BigDecimal("100"))
                .outstandingBalance(new BigDecimal("200")).contacts(new ArrayList<>(contacts)).build();
    }
}
