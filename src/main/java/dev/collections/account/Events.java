package dev.collections.account;



import dev.collections.model.CustomerFacts;
import dev.collections.model.FactsValidator;
import dev.collections.common.Violations;
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

    public record Snapshot(Integer daysPastDue, BigDecimal overdueAmount, BigDecimal outstandingBalance,
                           BigDecimal principalOutstanding, RiskGrade riskGrade, String currency, String timezone,
                           CustomerFacts customer) implements Checked {
        @Override
        public void check(Violations v) {
            FactsValidator.accountFacts(v, daysPastDue, overdueAmount, outstandingBalance, principalOutstanding,
                    timezone, currency, customer);
        }
    }

    public record Contact(Channel channel, OffsetDateTime at, ContactOutcome outcome, String externalRef)
            implements Checked {
        @Override
        public void check(Violations v) {
            v.required("channel", channel).required("at", at).required("outcome", outcome).moment("at", at)
                    .text("externalRef", externalRef, 128);
        }
    }

    public record Promise(BigDecimal amount, LocalDate dueDate, PromiseStatus status) implements Checked {
        @Override
        public void check(Violations v) {
            v.amount("amount", amount, true).required("dueDate", dueDate).moment("dueDate", dueDate);
        }
    }

    public record PromiseChange(PromiseStatus status) implements Checked {
        @Override
        public void check(Violations v) {
            v.required("status", status);
        }
    }

    public record Arrangement(ArrangementType type, ArrangementStatus status, LocalDate signedOn, Integer termMonths,
                              LocalDate nextDueDate, Integer missedInstallments, Boolean paymentInTransit,
                              Boolean autodebitFailed, Boolean brokenByBank) implements Checked {
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

    public record Hardship(HardshipReason reason, HardshipStatus status, Boolean temporary, LocalDate declaredOn)
            implements Checked {
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

    public record Dispute(LocalDate openedOn) implements Checked {
        @Override
        public void check(Violations v) {
            v.required("openedOn", openedOn).moment("openedOn", openedOn);
        }
    }

    public record DisputeChange(CaseStatus status, LocalDate resolvedOn) implements Checked {
        @Override
        public void check(Violations v) {
            v.required("status", status).moment("resolvedOn", resolvedOn);
        }
    }

    public record Complaint(Boolean viaRegulator, LocalDate openedOn) implements Checked {
        @Override
        public void check(Violations v) {
            v.required("openedOn", openedOn).moment("openedOn", openedOn);
        }
    }

    public record ComplaintChange(CaseStatus status, LocalDate closedOn) implements Checked {
        @Override
        public void check(Violations v) {
            v.required("status", status).moment("closedOn", closedOn);
        }
    }
}
