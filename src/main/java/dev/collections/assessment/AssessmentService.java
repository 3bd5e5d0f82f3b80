package dev.collections.assessment;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.decision.DecisionLog;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import dev.collections.policy.RollRates;
import dev.collections.policy.Score;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.AssessmentConfig;
import dev.collections.rules.Assessor;
import dev.collections.rules.RuleEvaluationException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/** Decides the next collections step for one account with the active rule set, and records the decision. */
@ApplicationScoped
public class AssessmentService {
    /** No score: a request's facts alone (a stateless assessment) or no record to read. */
    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    private final ActiveRuleSet rules;
    private final AssessmentConfig config;
    private final DecisionLog decisions;
    private final MeterRegistry metrics;
    private final Timer evaluation;
    private final Clock clock = Clock.systemUTC();
    private final Assessor assessor;

    private final dev.collections.agency.Agencies agencies;

    public AssessmentService(ActiveRuleSet rules, AssessmentConfig config, DecisionLog decisions,
                             MeterRegistry metrics, dev.collections.agency.Agencies agencies) {
        this.agencies = agencies;
        this.rules = rules;
        this.config = config;
        this.decisions = decisions;
        this.metrics = metrics;
        this.assessor = new Assessor(clock, config.defaultTimezone(), rules.fireLimit());
        this.evaluation = Timer.builder("collections.assessment.evaluation")
                .description("Time to validate, evaluate and shape one assessment (without storing it)")
                .publishPercentiles(0.5, 0.95, 0.99).register(metrics);
    }

    /**
     * A stateless assessment: every fact is in the request. It writes nothing but its decision, which the
     * group-commit writer stores before this returns (no transaction of its own).
     */
    public Assessment assess(AccountFacts request) {
        return decideAndRecord(request, DecisionLog.Source.REQUEST);
    }

    /**
     * Decides with the rule set of the account's arm when an experiment runs today (in the default time zone),
     * then appends the decision with the facts exactly as evaluated (asOf and time zone filled in), in
     * the caller's transaction if it has one: a request that fails validation or evaluation records nothing.
     */
    public Assessment decideAndRecord(AccountFacts request, DecisionLog.Source source) {
        return decideAndRecord(request, source, Scorer.NONE);
    }

    /**
     * As above, with the account's behavioural score as of the facts' moment ({@code scorer}: from the record and
     * the live model; it gives null when no model is live).
     */
    public Assessment decideAndRecord(AccountFacts request, DecisionLog.Source source,
                                      Scorer scorer) {
        AccountFacts evaluated = request == null ? null
                : withAgencyStanding(request.withDefaults(OffsetDateTime.now(clock), config.defaultTimezone()));
        Assessment response = decide(evaluated, scorer);
        decisions.append(evaluated, response, source);
        count(response, source);
        LOG.debugf("account %s: %s (%s)", response.accountId(), response.nextAction().type(), response.stage());
        return response;
    }

    /**
     * Decides without recording anything (the console's what-if): the same rule set, arm and answer as a recorded
     * assessment of the same facts would get.
     */
    public Assessment preview(AccountFacts request) {
        return preview(request, Scorer.NONE);
    }

    /** As above, with the account's behavioural score. */
    public Assessment preview(AccountFacts request, Scorer scorer) {
        return decide(request == null ? null : withAgencyStanding(request.withDefaults(OffsetDateTime.now(clock),
                config.defaultTimezone())), scorer);
    }

    /** A placement the request names without its agency's standing gets the one the service records. */
    private AccountFacts withAgencyStanding(AccountFacts facts) {
        var p = facts.placement();
        if (p == null || p.agencyStatus() != null || p.agencyId() == null) {
            return facts;
        }
        return agencies.statusOf(p.agencyId()).map(s -> facts.withPlacement(p.withAgencyStatus(s))).orElse(facts);
    }

    private Assessment decide(AccountFacts evaluated, Scorer scorer) {
        var assignment = rules.assign(evaluated == null ? null : evaluated.accountId(),
                LocalDate.now(clock.withZone(config.defaultTimezone())));
        var ruleSet = assignment.ruleSet();
        try {
            Score score = evaluated == null || evaluated.asOf() == null ? null
                    : scorer.score(evaluated, assignment.scoreModel());
            return evaluation.record(() -> assessor.assess(evaluated, ruleSet, RollRates.NONE, score))
                    .under(assignment.strategy());
        } catch (RuleEvaluationException e) {
            metrics.counter("collections.rules.failures").increment();
            LOG.errorf(e, "account %s: rules %s could not decide", evaluated.accountId(), ruleSet.version());
            throw new ProblemException(ProblemType.RULE_EVALUATION_FAILED,
                    "The rules could not decide for this account: " + e.getMessage());
        }
    }

    /** Assessments by next action, stage and source, and firings by rule: no account ids in any tag. */
    private void count(Assessment response, DecisionLog.Source source) {
        metrics.counter("collections.assessments", "action", response.nextAction().type().name(),
                "stage", response.stage().label(), "source", source.name()).increment();
        response.firedRules().forEach(rule -> metrics.counter("collections.rules.fired", "rule", rule).increment());
    }
}
