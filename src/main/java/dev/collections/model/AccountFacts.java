package dev.collections.model;

import dev.collections.policy.RiskGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One account as the service knows it at one moment: the one internal model of an account. A request body, a stored
 * record and a scenario all become this; the rules' facts are built from it in one place
 * ({@code rules.Facts.from}). A field left null was not given: its default (api.md) applies when the facts are
 * evaluated, and an {@link #over overlay} keeps the value underneath.
 */
public record AccountFacts(
        @Schema(required = true, description = "1-64 of A-Za-z0-9_-") String accountId,
        @Schema(description = "The moment to decide as of; now when absent") OffsetDateTime asOf,
        String timezone,
        String currency,
        @Schema(required = true, minimum = "0", maximum = "10000") Integer daysPastDue,
        @Schema(required = true, minimum = "0") BigDecimal overdueAmount,
        @Schema(required = true, minimum = "0") BigDecimal outstandingBalance,
        BigDecimal principalOutstanding,
        RiskGrade riskGrade,
        CustomerFacts customer,
        HardshipFacts hardship,
        ArrangementFacts arrangement,
        DisputeFacts dispute,
        ComplaintFacts complaint,
        PromiseFacts promise,
        List<ContactFacts> contacts,
        @Schema(description = "The account's latest placement with a collection agency (rev. 3)")
        PlacementFacts placement) {

    /** An account with no agency placement (the shape before rev. 3). */
    public AccountFacts(String accountId, OffsetDateTime asOf, String timezone, String currency, Integer daysPastDue,
                        BigDecimal overdueAmount, BigDecimal outstandingBalance, BigDecimal principalOutstanding,
                        RiskGrade riskGrade, CustomerFacts customer, HardshipFacts hardship,
                        ArrangementFacts arrangement, DisputeFacts dispute, ComplaintFacts complaint,
                        PromiseFacts promise, List<ContactFacts> contacts) {
        this(accountId, asOf, timezone, currency, daysPastDue, overdueAmount, outstandingBalance, principalOutstanding,
                riskGrade, customer, hardship, arrangement, dispute, complaint, promise, contacts, null);
    }

    /** api.md: the currency when none is named. */
    public static final String DEFAULT_CURRENCY = "CNY";

    /** The same facts as of another moment (a simulation or a triage run assesses as of one moment). */
    public AccountFacts withAsOf(OffsetDateTime moment) {
        return new AccountFacts(accountId, moment, timezone, currency, daysPastDue, overdueAmount,
                outstandingBalance, principalOutstanding, riskGrade, customer, hardship, arrangement, dispute, complaint, promise,
                contacts, placement);
    }

    /** The same facts with asOf and the time zone made explicit, so that a stored copy decides the same way. */
    public AccountFacts withDefaults(OffsetDateTime now, ZoneId defaultZone) {
        if (asOf != null && timezone != null) {
            return this;
        }
        return new AccountFacts(accountId, asOf == null ? now : asOf,
                timezone == null ? defaultZone.getId() : timezone, currency, daysPastDue, overdueAmount,
                outstandingBalance, principalOutstanding, riskGrade, customer, hardship, arrangement, dispute, complaint,
                promise, contacts, placement);
    }

    /** The same facts with the agency's standing filled in (by the service, from its agencies). */
    public AccountFacts withPlacement(PlacementFacts given) {
        return new AccountFacts(accountId, asOf, timezone, currency, daysPastDue, overdueAmount, outstandingBalance,
                principalOutstanding, riskGrade, customer, hardship, arrangement, dispute, complaint, promise, contacts,
                given);
    }

    /** The customer's time zone, or {@code defaultZone} when none is named. */
    public ZoneId zone(ZoneId defaultZone) {
        return timezone == null ? defaultZone : ZoneId.of(timezone);
    }

    public String currencyOrDefault() {
        return currency == null ? DEFAULT_CURRENCY : currency;
    }

    /**
     * These facts laid over {@code stored}: a field given here replaces the stored one (objects field by field),
     * contacts given here are added to the stored ones (given first).
     */
    public AccountFacts over(AccountFacts stored) {
        if (stored == null) {
            return this;
        }
        return new AccountFacts(or(accountId, stored.accountId), or(asOf, stored.asOf), or(timezone, stored.timezone),
                or(currency, stored.currency), or(daysPastDue, stored.daysPastDue),
                or(overdueAmount, stored.overdueAmount), or(outstandingBalance, stored.outstandingBalance),
                or(principalOutstanding, stored.principalOutstanding), or(riskGrade, stored.riskGrade),
                customer == null ? stored.customer : customer.over(stored.customer),
                hardship == null ? stored.hardship : hardship.over(stored.hardship),
                arrangement == null ? stored.arrangement : arrangement.over(stored.arrangement),
                dispute == null ? stored.dispute : dispute.over(stored.dispute),
                complaint == null ? stored.complaint : complaint.over(stored.complaint),
                promise == null ? stored.promise : promise.over(stored.promise),
                contacts(contacts, stored.contacts),
                placement == null ? stored.placement : placement.over(stored.placement));
    }

    private static List<ContactFacts> contacts(List<ContactFacts> given, List<ContactFacts> stored) {
        if (given == null || stored == null) {
            return given == null ? stored : given;
        }
        List<ContactFacts> all = new ArrayList<>(given.size() + stored.size());
        all.addAll(given);
        all.addAll(stored);
        return all;
    }

    static <T> T or(T given, T stored) {
        return given != null ? given : stored;
    }
}
