package dev.collections.account;



import dev.collections.common.Violations;
import dev.collections.model.CustomerFacts;
import dev.collections.model.FactsValidator;
import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ArrangementType;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.HardshipReason;
import dev.collections.policy.HardshipStatus;
import dev.collections.policy.PromiseStatus;
import dev.collections.policy.RiskGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What core banking and the channels send: the account snapshot, events, and the updates that change them. */
public final class Events {
    private static final int MAX_COUNT = FactsValidator.MAX_COUNT;
    private static final int MAX_TERM_MONTHS = FactsValidator.MAX_TERM_MONTHS;

    private Events() {
    }

    /** A request body that knows the API's rules on it. */
    public interface Checked {
        void check(Violations v);
    }

    public record Snapshot(@Schema(required = true, minimum = "0", maximum = "10000") Integer daysPastDue,
                           @Schema(required = true, minimum = "0") BigDecimal overdueAmount,
                           @Schema(required = true, minimum = "0") BigDecimal outstandingBalance,
                           BigDecimal principalOutstanding, RiskGrade riskGrade, String currency, String timezone,
                           CustomerFacts customer,
                           @Schema(description = "The district the account belongs to: a 6-digit administrative"
                                   + " division code (no address); visit teams work by region", pattern = "^[0-9]{6}$")
                           String region,
                           @Schema(description = "The moment core banking took the snapshot; now when absent. Its date"
                                   + " in the account's time zone is the date of the position recorded")
                           OffsetDateTime asOf) implements Checked {
        /** A district code: six digits (GB/T 2260 administrative divisions). */
        public static final String REGION = "[0-9]{6}";

        /** api.md's currency when none is named. */
        public String currencyOrDefault() {
            return currency == null ? dev.collections.model.AccountFacts.DEFAULT_CURRENCY : currency;
        }

        /** The customer's flags, api.md's defaults for those not given. */
        public CustomerFacts customerOrDefaults() {
            return customer == null ? CustomerFacts.DEFAULTS : customer.resolved();
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a snapshot by name (the stored record and the extract's line); what is not set is null. */
        public static final class Builder {
            private Integer daysPastDue;
            private BigDecimal overdueAmount;
            private BigDecimal outstandingBalance;
            private BigDecimal principalOutstanding;
            private RiskGrade riskGrade;
            private String currency;
            private String timezone;
            private final CustomerFacts.Builder customer = CustomerFacts.builder();
            private String region;
            private OffsetDateTime asOf;

            private Builder() {
            }

            public Builder daysPastDue(Integer value) { daysPastDue = value; return this; }
            public Builder overdueAmount(BigDecimal value) { overdueAmount = value; return this; }
            public Builder outstandingBalance(BigDecimal value) { outstandingBalance = value; return this; }
            public Builder principalOutstanding(BigDecimal value) { principalOutstanding = value; return this; }
            public Builder riskGrade(RiskGrade value) { riskGrade = value; return this; }
            public Builder currency(String value) { currency = value; return this; }
            public Builder timezone(String value) { timezone = value; return this; }
            public Builder region(String value) { region = value; return this; }
            public Builder asOf(OffsetDateTime value) { asOf = value; return this; }

            /** The customer's flags, set on the builder this returns. */
            public CustomerFacts.Builder customer() {
                return customer;
            }

            public Snapshot build() {
                return new Snapshot(daysPastDue, overdueAmount, outstandingBalance, principalOutstanding, riskGrade,
                        currency, timezone, customer.build(), region, asOf);
            }
        }

        @Override
        public void check(Violations v) {
            FactsValidator.accountFacts(v, daysPastDue, overdueAmount, outstandingBalance, principalOutstanding,
                    timezone, currency, customer);
            v.check(region == null || region.matches(REGION), "region",
                    "must be a 6-digit district code (administrative division), such as 310101")
                    .moment("asOf", asOf)
                    .check(asOf == null || !asOf.isAfter(OffsetDateTime.now().plusMinutes(5)), "asOf",
                            "must not be in the future");
        }
    }

    public record Contact(@Schema(required = true) Channel channel, @Schema(required = true) OffsetDateTime at,
                          @Schema(required = true) ContactOutcome outcome, String externalRef)
            implements Checked {
        @Override
        public void check(Violations v) {
            v.required("channel", channel).required("at", at).required("outcome", outcome).moment("at", at)
                    .text("externalRef", externalRef, 128);
        }
    }

    /** A payment (issue 14): more than zero, not in the future. */
    public record Payment(@Schema(required = true) BigDecimal amount, @Schema(required = true) OffsetDateTime paidAt,
                          PaymentChannel channel, String externalRef) implements Checked {
        @Override
        public void check(Violations v) {
            v.amount("amount", amount, true).check(amount == null || amount.signum() > 0, "amount", "must be more than 0")
                    .required("paidAt", paidAt).moment("paidAt", paidAt)
                    .check(paidAt == null || !paidAt.isAfter(OffsetDateTime.now()), "paidAt", "must not be in the future")
                    .text("externalRef", externalRef, 128);
        }
    }

    public record Promise(@Schema(required = true) BigDecimal amount, @Schema(required = true) LocalDate dueDate,
                          PromiseStatus status) implements Checked {
        /** A promise recorded without a status is pending. */
        public PromiseStatus statusOrPending() {
            return status == null ? PromiseStatus.PENDING : status;
        }

        @Override
        public void check(Violations v) {
            v.amount("amount", amount, true).required("dueDate", dueDate).moment("dueDate", dueDate);
        }
    }

    public record PromiseChange(@Schema(required = true) PromiseStatus status) implements Checked {
        @Override
        public void check(Violations v) {
            v.required("status", status);
        }
    }

    public record Arrangement(@Schema(required = true) ArrangementType type, ArrangementStatus status, LocalDate signedOn, Integer termMonths,
                              LocalDate nextDueDate, Integer missedInstallments, Boolean paymentInTransit,
                              Boolean autodebitFailed, Boolean brokenByBank) implements Checked {
        /** An arrangement recorded without a status is active, with no instalment missed and no flag set. */
        public ArrangementStatus statusOrActive() {
            return status == null ? ArrangementStatus.ACTIVE : status;
        }

        public int missedOrZero() {
            return missedInstallments == null ? 0 : missedInstallments;
        }

        public boolean inTransitOrFalse() {
            return Boolean.TRUE.equals(paymentInTransit);
        }

        public boolean autodebitFailedOrFalse() {
            return Boolean.TRUE.equals(autodebitFailed);
        }

        public boolean brokenByBankOrFalse() {
            return Boolean.TRUE.equals(brokenByBank);
        }

        @Override
        public void check(Violations v) {
            v.required("type", type).moment("signedOn", signedOn).range("termMonths", termMonths, 1, MAX_TERM_MONTHS)
                    .moment("nextDueDate", nextDueDate).range("missedInstallments", missedInstallments, 0, MAX_COUNT);
        }
    }

    /** What a PATCH of an arrangement may change; a field left out keeps its value. */
    public record ArrangementChange(ArrangementStatus status, Integer termMonths, LocalDate nextDueDate,
                                    Integer missedInstallments, Boolean paymentInTransit, Boolean autodebitFailed,
                                    Boolean brokenByBank) implements Checked {
        @Override
        public void check(Violations v) {
            v.check(status != null || termMonths != null || nextDueDate != null || missedInstallments != null
                    || paymentInTransit != null || autodebitFailed != null || brokenByBank != null, "body",
                    "must change at least one field")
                    .range("termMonths", termMonths, 1, MAX_TERM_MONTHS).moment("nextDueDate", nextDueDate)
                    .range("missedInstallments", missedInstallments, 0, MAX_COUNT);
        }
    }

    public record Hardship(@Schema(required = true) HardshipReason reason, HardshipStatus status, Boolean temporary,
                           LocalDate declaredOn)
            implements Checked {
        /** A hardship recorded without a status is declared, not temporary unless said. */
        public HardshipStatus statusOrDeclared() {
            return status == null ? HardshipStatus.DECLARED : status;
        }

        public boolean temporaryOrFalse() {
            return Boolean.TRUE.equals(temporary);
        }

        @Override
        public void check(Violations v) {
            v.required("reason", reason).moment("declaredOn", declaredOn);
        }
    }

    public record HardshipChange(HardshipStatus status, HardshipReason reason, Boolean temporary) implements Checked {
        @Override
        public void check(Violations v) {
            v.check(status != null || reason != null || temporary != null, "body", "must change at least one field");
        }
    }

    public record Dispute(@Schema(required = true) LocalDate openedOn) implements Checked {
        @Override
        public void check(Violations v) {
            v.required("openedOn", openedOn).moment("openedOn", openedOn);
        }
    }

    /** A PATCH of a dispute (JSON Merge Patch, RFC 7396): what it does not name keeps its value. */
    public record DisputeChange(CaseStatus status, LocalDate resolvedOn) implements Checked {
        @Override
        public void check(Violations v) {
            v.check(status != null || resolvedOn != null, "body", "must change at least one field")
                    .moment("resolvedOn", resolvedOn);
        }
    }

    /** A placement with a collection agency (rev. 3) that core banking recorded: which agency, from when, until when. */
    public record Placement(@Schema(required = true, description = "The agency's id (GET /api/v1/agencies)")
                            Long agencyId,
                            @Schema(required = true) LocalDate placedOn,
                            @Schema(required = true, description = "The last day of the placement's term")
                            LocalDate until,
                            @Schema(description = "The reference the agency knows the placement by")
                            String agencyReference,
                            @Schema(description = "Core banking's own reference of the placement") String externalRef)
            implements Checked {
        @Override
        public void check(Violations v) {
            v.required("agencyId", agencyId).required("placedOn", placedOn).required("until", until)
                    .moment("placedOn", placedOn).moment("until", until)
                    .check(agencyId == null || agencyId > 0, "agencyId", "must be an agency's id")
                    .check(placedOn == null || until == null || !until.isBefore(placedOn), "until",
                            "must not be before placedOn")
                    .text("agencyReference", agencyReference, 64).text("externalRef", externalRef, 128);
        }
    }

    /** A PATCH of a placement: its recall (the day, and why); what it does not name keeps its value. */
    public record PlacementChange(LocalDate recalledOn,
                                  @Schema(description = "Why it came back; OTHER when none of the policy's reasons")
                                  java.util.List<dev.collections.policy.RecallReason> recallReasons,
                                  LocalDate until) implements Checked {
        @Override
        public void check(Violations v) {
            v.check(recalledOn != null || recallReasons != null || until != null, "body",
                    "must change at least one field").moment("recalledOn", recalledOn).moment("until", until)
                    .check(recallReasons == null || recallReasons.stream().noneMatch(java.util.Objects::isNull),
                            "recallReasons", "must not contain null");
        }
    }

    public record Complaint(Boolean viaRegulator, @Schema(required = true) LocalDate openedOn) implements Checked {
        @Override
        public void check(Violations v) {
            v.required("openedOn", openedOn).moment("openedOn", openedOn);
        }
    }

    /** A PATCH of a complaint (JSON Merge Patch, RFC 7396): what it does not name keeps its value. */
    public record ComplaintChange(CaseStatus status, LocalDate closedOn) implements Checked {
        @Override
        public void check(Violations v) {
            v.check(status != null || closedOn != null, "body", "must change at least one field")
                    .moment("closedOn", closedOn);
        }
    }
}
