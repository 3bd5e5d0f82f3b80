package dev.collections.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.collections.assessment.AssessmentRequest.CustomerFacts;
import dev.collections.policy.RiskGrade;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An account's record as the API shows it: the snapshot, and with {@link #withHistory} its events. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(String accountId, String currency, String timezone, int daysPastDue,
                          BigDecimal overdueAmount, BigDecimal outstandingBalance, RiskGrade riskGrade,
                          CustomerFacts customer, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                          List<ContactAttempt> contacts, List<PromiseToPay> promises,
                          List<ArrangementRecord> arrangements, List<HardshipCase> hardshipCases,
                          List<DisputeRecord> disputes, List<ComplaintRecord> complaints) {
    static final int CONTACTS_SHOWN = 100;

    static AccountView of(AccountRecord a) {
        return new AccountView(a.accountId, a.currency, a.timezone, a.daysPastDue, a.overdueAmount,
                a.outstandingBalance, a.riskGrade, customer(a), a.createdAt, a.updatedAt,
                null, null, null, null, null, null);
    }

    static AccountView withHistory(AccountRecord a) {
        String id = a.accountId;
        return new AccountView(a.accountId, a.currency, a.timezone, a.daysPastDue, a.overdueAmount,
                a.outstandingBalance, a.riskGrade, customer(a), a.createdAt, a.updatedAt,
                ContactAttempt.recent(id, CONTACTS_SHOWN), PromiseToPay.ofAccount(id), ArrangementRecord.ofAccount(id),
                HardshipCase.ofAccount(id), DisputeRecord.ofAccount(id), ComplaintRecord.ofAccount(id));
    }

    public static CustomerFacts customer(AccountRecord a) {
        return new CustomerFacts(a.deceased, a.vulnerable, a.addressVerified, a.phoneReachable,
                a.creditReportNotified, a.doNotContact.stream().sorted().toList());
    }
}
