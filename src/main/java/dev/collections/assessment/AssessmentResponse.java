package dev.collections.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.collections.policy.ActionType;
import dev.collections.policy.CreditDecision;
import dev.collections.policy.DelinquencyStage;
import dev.collections.policy.HoldReason;
import dev.collections.policy.ReliefType;
import dev.collections.policy.SuppressionReason;
import dev.collections.policy.TaskType;
import dev.collections.rules.Decision;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The answer of POST /api/v1/assessments (api.md "Response 200"). */
public record AssessmentResponse(UUID assessmentId, String accountId, OffsetDateTime assessedAt,
                                 String rulesetVersion, DelinquencyStage stage, NextAction nextAction,
                                 List<Offer> reliefOffers, List<Suppressed> suppressed, List<Task> tasks,
                                 CreditReport creditReport, List<String> firedRules) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NextAction(ActionType type, OffsetDateTime notBefore, String rule, String reason, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offer(ReliefType type, Integer maxTermMonths, String rule) {
    }

    public record Suppressed(ActionType action, SuppressionReason reason, String rule) {
    }

    public record Task(TaskType type, String rule) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreditReport(CreditDecision decision, HoldReason reason, String rule) {
    }

    static AssessmentResponse of(UUID id, String accountId, OffsetDateTime assessedAt, String version, Decision d) {
        var next = d.nextAction();
        return new AssessmentResponse(id, accountId, assessedAt, version, d.stage().getStage(),
                new NextAction(next.getType(), next.getNotBefore(), next.getRule(), next.getReason(), next.getNote()),
                d.reliefOffers().stream().map(o -> new Offer(o.getType(), o.getMaxTermMonths(), o.getRule())).toList(),
                d.suppressed().stream().map(s -> new Suppressed(s.getAction(), s.getReason(), s.getRule())).toList(),
                d.tasks().stream().map(t -> new Task(t.getType(), t.getRule())).toList(),
                new CreditReport(d.creditReport().getDecision(), d.creditReport().getReason(),
                        d.creditReport().getRule()),
                d.firedRules());
    }
}
