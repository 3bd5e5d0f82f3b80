package dev.collections.assessment;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.RuleEvaluationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Decides the next collections step for one account with the active rule set. */
@ApplicationScoped
public class AssessmentService {
    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    private final ActiveRuleSet rules;
    private final AssessmentConfig config;

    public AssessmentService(ActiveRuleSet rules, AssessmentConfig config) {
        this.rules = rules;
        this.config = config;
    }

    public AssessmentResponse assess(AssessmentRequest request) {
        var ruleSet = rules.requireValid();
        var assessor = new Assessor(Clock.systemUTC(), config.defaultTimezone(), rules.fireLimit());
        try {
            AssessmentResponse response = assessor.assess(request, ruleSet);
            LOG.debugf("account %s: %s (%s)", response.accountId(), response.nextAction().type(), response.stage());
            return response;
        } catch (RuleEvaluationException e) {
            LOG.errorf(e, "account %s: rules %s could not decide", request.accountId(), ruleSet.version());
            throw new ProblemException(ProblemType.RULE_EVALUATION_FAILED,
                    "The rules could not decide for this account: " + e.getMessage());
        }
    }
}
