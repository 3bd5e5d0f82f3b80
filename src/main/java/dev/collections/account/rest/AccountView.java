package dev.collections.account.rest;

import dev.collections.account.AccountHistory;
import dev.collections.account.AccountRecord;
import dev.collections.account.AccountSnapshots;
import dev.collections.account.Events;
import dev.collections.account.ArrangementRecord;
import dev.collections.account.ComplaintRecord;
import dev.collections.account.ContactAttempt;
import dev.collections.account.DisputeRecord;
import dev.collections.account.HardshipCase;
import dev.collections.account.Payment;
import dev.collections.account.PlacementRecord;
import dev.collections.account.PromiseToPay;
import dev.collections.account.PositionView;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.collections.model.CustomerFacts;
import dev.collections.policy.RiskGrade;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An account's record as the API shows it: the snapshot, and with {@link #withHistory} its events. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(String accountId, String currency, String timezone, int daysPastDue,
                          BigDecimal overdueAmount, BigDecimal outstandingBalance, BigDecimal principalOutstanding,
                          RiskGrade riskGrade, String region,
                          CustomerFacts customer, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                          List<ContactAttempt> contacts, List<PromiseToPay> promises,
                          List<ArrangementRecord> arrangements, List<HardshipCase> hardshipCases,
                          List<DisputeRecord> disputes, List<ComplaintRecord> complaints, List<Payment> payments,
                          List<PositionView> positions, List<PlacementRecord> placements) {
    static AccountView of(AccountRecord a) {
        Events.Snapshot s = a.snapshot();
        return new AccountView(a.accountId, s.currency(), s.timezone(), s.daysPastDue(), s.overdueAmount(),
                s.outstandingBalance(), s.principalOutstanding(), s.riskGrade(), s.region(), s.customer(), a.createdAt,
                a.updatedAt, null, null, null, null, null, null, null, null, null);
    }

    static AccountView of(AccountSnapshots.Stored stored) {
        AccountRecord a = stored.account();
        Events.Snapshot s = a.snapshot();
        AccountHistory h = stored.history();
        return new AccountView(a.accountId, s.currency(), s.timezone(), s.daysPastDue(), s.overdueAmount(),
                s.outstandingBalance(), s.principalOutstanding(), s.riskGrade(), s.region(), s.customer(), a.createdAt,
                a.updatedAt, h.contacts(), h.promises(), h.arrangements(), h.hardships(), h.disputes(), h.complaints(),
                stored.payments(), stored.positions(), h.placements());
    }
}
