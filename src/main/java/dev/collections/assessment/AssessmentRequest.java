package dev.collections.assessment;

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
import java.util.List;

/** One account's facts, exactly as api.md writes them. Absent optional fields are null here. */
public record AssessmentRequest(
        String accountId,
        OffsetDateTime asOf,
        String timezone,
        String currency,
        Integer daysPastDue,
        BigDecimal overdueAmount,
        BigDecimal outstandingBalance,
        RiskGrade riskGrade,
        CustomerFacts customer,
        HardshipFacts hardship,
        ArrangementFacts arrangement,
        DisputeFacts dispute,
        ComplaintFacts complaint,
        PromiseFacts promise,
        List<ContactFacts> contacts) {

    /** api.md: the currency when a request names none. */
    public static final String DEFAULT_CURRENCY = "CNY";

    /** The same facts as of another moment (a simulation assesses a whole portfolio as of one moment). */
    public AssessmentRequest withAsOf(OffsetDateTime moment) {
        return new AssessmentRequest(accountId, moment, timezone, currency, daysPastDue, overdueAmount,
                outstandingBalance, riskGrade, customer, hardship, arrangement, dispute, complaint, promise, contacts);
    }

    /** The same facts with asOf and the time zone made explicit, so that a stored copy decides the same way. */
    public AssessmentRequest withDefaults(OffsetDateTime now, java.time.ZoneId defaultZone) {
        if (asOf != null && timezone != null) {
            return this;
        }
        return new AssessmentRequest(accountId, asOf == null ? now : asOf,
                timezone == null ? defaultZone.getId() : timezone, currency, daysPastDue, overdueAmount,
                outstandingBalance, riskGrade, customer, hardship, arrangement, dispute, complaint, promise, contacts);
    }

    public record CustomerFacts(Boolean deceased, Boolean vulnerable, Boolean addressVerified, Boolean phoneReachable,
                                Boolean creditReportNotified, List<Channel> doNotContact) {
    }

    public record HardshipFacts(HardshipReason reason, HardshipStatus status, Boolean temporary,
                                LocalDate declaredOn) {
    }

    public record ArrangementFacts(ArrangementType type, ArrangementStatus status, LocalDate signedOn,
                                   Integer missedInstallments, Boolean paymentInTransit, Boolean autodebitFailed,
                                   Integer brokenArrangements) {
    }

    public record DisputeFacts(Boolean open, LocalDate openedOn) {
    }

    public record ComplaintFacts(Boolean open, Boolean viaRegulator, LocalDate openedOn) {
    }

    public record PromiseFacts(BigDecimal amount, LocalDate dueDate, PromiseStatus status) {
    }

    public record ContactFacts(Channel channel, OffsetDateTime at, ContactOutcome outcome) {
    }
}
