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

    /** api.md: the currency when none is named. */
    public static final String DEFAULT_CURRENCY = "CNY";

    /** The same facts as of another moment (a simulation or a triage run assesses as of one moment). */
    public AccountFacts withAsOf(OffsetDateTime moment) {
        return toBuilder().asOf(moment).build();
    }

    /** The same facts with asOf and the time zone made explicit, so that a stored copy decides the same way. */
    public AccountFacts withDefaults(OffsetDateTime now, ZoneId defaultZone) {
        if (asOf != null && timezone != null) {
            return this;
        }
        return toBuilder().asOf(asOf == null ? now : asOf)
                .timezone(timezone == null ? defaultZone.getId() : timezone).build();
    }

    /** The same facts with the agency's standing filled in (by the service, from its agencies). */
    public AccountFacts withPlacement(PlacementFacts given) {
        return toBuilder().placement(given).build();
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
     * contacts given here are added after the stored ones (rev. 2.1: of two at the same moment, the one listed later
     * is the later, and what the request says is newer than the record).
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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to change some of them. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).asOf(asOf).timezone(timezone).currency(currency)
                .daysPastDue(daysPastDue).overdueAmount(overdueAmount).outstandingBalance(outstandingBalance)
                .principalOutstanding(principalOutstanding).riskGrade(riskGrade).customer(customer)
                .hardship(hardship).arrangement(arrangement).dispute(dispute).complaint(complaint).promise(promise)
                .contacts(contacts).placement(placement);
    }

    /** Builds an account's facts by name; what is not set is null (not given: api.md's default applies). */
    public static final class Builder {
        private String accountId;
        private OffsetDateTime asOf;
        private String timezone;
        private String currency;
        private Integer daysPastDue;
        private BigDecimal overdueAmount;
        private BigDecimal outstandingBalance;
        private BigDecimal principalOutstanding;
        private RiskGrade riskGrade;
        private CustomerFacts customer;
        private HardshipFacts hardship;
        private ArrangementFacts arrangement;
        private DisputeFacts dispute;
        private ComplaintFacts complaint;
        private PromiseFacts promise;
        private List<ContactFacts> contacts;
        private PlacementFacts placement;

        private Builder() {
        }

        public Builder accountId(String value) { accountId = value; return this; }
        public Builder asOf(OffsetDateTime value) { asOf = value; return this; }
        public Builder timezone(String value) { timezone = value; return this; }
        public Builder currency(String value) { currency = value; return this; }
        public Builder daysPastDue(Integer value) { daysPastDue = value; return this; }
        public Builder overdueAmount(BigDecimal value) { overdueAmount = value; return this; }
        public Builder outstandingBalance(BigDecimal value) { outstandingBalance = value; return this; }
        public Builder principalOutstanding(BigDecimal value) { principalOutstanding = value; return this; }
        public Builder riskGrade(RiskGrade value) { riskGrade = value; return this; }
        public Builder customer(CustomerFacts value) { customer = value; return this; }
        public Builder hardship(HardshipFacts value) { hardship = value; return this; }
        public Builder arrangement(ArrangementFacts value) { arrangement = value; return this; }
        public Builder dispute(DisputeFacts value) { dispute = value; return this; }
        public Builder complaint(ComplaintFacts value) { complaint = value; return this; }
        public Builder promise(PromiseFacts value) { promise = value; return this; }
        public Builder contacts(List<ContactFacts> value) { contacts = value; return this; }
        public Builder placement(PlacementFacts value) { placement = value; return this; }

        public AccountFacts build() {
            return new AccountFacts(accountId, asOf, timezone, currency, daysPastDue, overdueAmount,
                    outstandingBalance, principalOutstanding, riskGrade, customer, hardship, arrangement, dispute,
                    complaint, promise, contacts, placement);
        }
    }

    private static List<ContactFacts> contacts(List<ContactFacts> given, List<ContactFacts> stored) {
        if (given == null || stored == null) {
            return given == null ? stored : given;
        }
        List<ContactFacts> all = new ArrayList<>(given.size() + stored.size());
        all.addAll(stored);
        all.addAll(given);
        return all;
    }

    static <T> T or(T given, T stored) {
        return given != null ? given : stored;
    }
}
