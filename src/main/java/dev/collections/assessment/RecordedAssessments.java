package dev.collections.assessment;

import dev.collections.account.AccountHistory;
import dev.collections.account.AccountRecord;
import dev.collections.account.Behaviour;
import dev.collections.account.RecordedFacts;
import dev.collections.common.ProblemException;
import dev.collections.common.Violations;
import dev.collections.decision.DecisionLog;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import dev.collections.model.FactsValidator;
import dev.collections.score.LiveScore;
import dev.collections.score.ScoreFollower;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Assesses an account from its stored record (contact caps, prerequisites, effective collections, arrangements
 * and promises all come from recorded events), with whatever the caller gives laid over it, and records the
 * decision. The account row is locked for the whole assessment, so it sees a record no concurrent write is changing.
 */
@ApplicationScoped
public class RecordedAssessments {
    private final AssessmentService assessments;
    private final ScoreFollower scores;

    public RecordedAssessments(AssessmentService assessments, ScoreFollower scores) {
        this.assessments = assessments;
        this.scores = scores;
    }

    /**
     * The account's behavioural score from its record by the model of its arm: the one live here, or an
     * experiment's challenger model (null: no such model).
     */
    private Scorer scorer(String accountId, AccountHistory history) {
        return (facts, model) -> {
            LiveScore live = model == null ? scores.current() : scores.model(model);
            if (!live.live()) {
                return null;
            }
            LocalDate asOf = facts.asOf().atZoneSameInstant(facts.zone(ZoneOffset.UTC)).toLocalDate();
            return live.score(Behaviour.load(accountId, asOf), history, asOf);
        };
    }

    /**
     * What the account would get from its record with {@code given} laid over it, without storing anything (the
     * console's what-if); the account is read, not locked.
     */
    @Transactional
    public Assessment preview(String accountId, AccountFacts given) {
        var account = AccountRecord.stored(accountId).orElseThrow(() ->
                new ProblemException(dev.collections.common.ProblemType.NOT_FOUND, "No account " + accountId));
        var history = AccountHistory.load(accountId, FactsValidator.MAX_CONTACTS);
        AccountFacts recorded = RecordedFacts.of(account, history);
        return assessments.preview(given == null ? recorded : given.over(recorded), scorer(accountId, history));
    }

    @Transactional
    public Assessment assess(String accountId, AccountFacts given) {
        var account = AccountRecord.lockExisting(accountId);
        if (given != null && given.accountId() != null && !given.accountId().equals(accountId)) {
            throw ProblemException.validation(new Violations()
                    .add("accountId", "must be the account of the path, or left out").list());
        }
        int added = given == null || given.contacts() == null ? 0 : given.contacts().size();
        var history = AccountHistory.load(accountId, FactsValidator.MAX_CONTACTS - added);
        AccountFacts recorded = RecordedFacts.of(account, history);
        return assessments.decideAndRecord(given == null ? recorded : given.over(recorded), DecisionLog.Source.RECORD,
                scorer(accountId, history));
    }
}
