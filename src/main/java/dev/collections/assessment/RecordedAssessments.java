package dev.collections.assessment;

import dev.collections.account.AccountIds;
import dev.collections.common.ProblemException;
import dev.collections.common.Violations;
import dev.collections.decision.DecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Assesses an account from its stored record (contact caps, prerequisites, effective collections, arrangements
 * and promises all come from recorded events), plus whatever the caller adds, and records the decision. The
 * account row is locked for the whole assessment, so it sees a record no concurrent write is changing.
 */
@ApplicationScoped
public class RecordedAssessments {
    private final AssessmentService assessments;

    public RecordedAssessments(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** The facts the stored record gives for an account, without assessing it (simulations). */
    @Transactional
    public AssessmentResponse assess(String accountId, AssessmentRequest given) {
        var account = AccountIds.lockExisting(accountId);
        if (given != null && given.accountId() != null && !given.accountId().equals(accountId)) {
            throw ProblemException.validation(new Violations()
                    .add("accountId", "must be the account of the path, or left out").list());
        }
        int added = given == null || given.contacts() == null ? 0 : given.contacts().size();
        AssessmentRequest recorded = RecordedFacts.of(account, RequestValidator.MAX_CONTACTS - added);
        return assessments.decideAndRecord(RecordedFacts.merge(recorded, given), DecisionLog.Source.RECORD);
    }
}
