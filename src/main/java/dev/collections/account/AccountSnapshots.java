package dev.collections.account;

import dev.collections.assessment.AssessmentRequest;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/** The account snapshot core banking sends, replaced whole by each PUT. */
@ApplicationScoped
public class AccountSnapshots {
    @Transactional
    public Response put(String accountId, EventRequests.Snapshot s) {
        AccountIds.check(accountId);
        if (s == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is required");
        }
        Violations violations = new Violations();
        s.check(violations);
        violations.throwIfAny();
        AccountRecord a = AccountRecord.lock(accountId);
        boolean created = a == null;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            a = new AccountRecord();
            a.accountId = accountId;
            a.createdAt = now;
        }
        a.currency = s.currency() == null ? AssessmentRequest.DEFAULT_CURRENCY : s.currency();
        a.timezone = s.timezone();
        a.daysPastDue = s.daysPastDue();
        a.overdueAmount = s.overdueAmount();
        a.outstandingBalance = s.outstandingBalance();
        a.riskGrade = s.riskGrade();
        var c = s.customer();
        a.deceased = c != null && Boolean.TRUE.equals(c.deceased());
        a.vulnerable = c != null && Boolean.TRUE.equals(c.vulnerable());
        a.addressVerified = c != null && Boolean.TRUE.equals(c.addressVerified());
        a.phoneReachable = c == null || !Boolean.FALSE.equals(c.phoneReachable());
        a.creditReportNotified = c != null && Boolean.TRUE.equals(c.creditReportNotified());
        a.doNotContact = c == null || c.doNotContact() == null ? Set.of() : Set.copyOf(c.doNotContact());
        a.updatedAt = now;
        if (created) {
            a.persist();
        }
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(AccountView.of(a)).build();
    }

    @Transactional
    public AccountView get(String accountId) {
        AccountIds.check(accountId);
        AccountRecord a = AccountRecord.findById(accountId);
        if (a == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No account " + accountId);
        }
        return AccountView.withHistory(a);
    }
}
