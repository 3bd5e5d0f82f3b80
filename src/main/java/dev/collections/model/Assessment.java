package dev.collections.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.collections.policy.ActionType;
import dev.collections.policy.CreditDecision;
import dev.collections.policy.DelinquencyStage;
import dev.collections.policy.HoldReason;
import dev.collections.policy.ReliefType;
import dev.collections.policy.SuppressionReason;
import dev.collections.policy.TaskType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * One decision the service made for one account (api.md "Response 200"): the stage, the next action and why, relief,
 * what is held back, tasks, the credit-report decision and every rule that fired, in firing order. The answer of
 * every assessment path, the row the decision log stores, and what triage and simulation compare.
 */
@Schema(requiredProperties = {"assessmentId", "accountId", "assessedAt", "rulesetVersion", "stage", "nextAction",
        "reliefOffers", "suppressed", "tasks", "creditReport", "firedRules"})
public record Assessment(UUID assessmentId, String accountId, OffsetDateTime assessedAt, String rulesetVersion,
                         DelinquencyStage stage, ChosenAction nextAction, List<Offer> reliefOffers,
                         List<Suppressed> suppressed, List<AssignedTask> tasks, CreditReportDecision creditReport,
                         List<String> firedRules,
                         @Schema(description = "How urgent the decision is when a team cannot work every account in a day"
                                 + " (rules/priority.drl; the default policy's is the expected loss); absent when no"
                                 + " rule gives one") PriorityScore priority,
                         @Schema(description = "The experiment and arm that decided this account, and the rule set"
                                 + " of that arm; absent when no experiment is running") Strategy strategy,
                         @Schema(description = "A collection agency's part (rev. 3): the account goes to one (PLACE),"
                                 + " stays with its agency (PLACED) or comes back from it (RECALL, with why); absent"
                                 + " when no agency is concerned") AgencyDecision agency,
                         @Schema(description = "The behavioural score the rules saw (docs/score.md): the probability"
                                 + " that the account rolls forward, its band and what raised it most; absent when no"
                                 + " model is live") ScoreView score) {

    /** The decision as the rules made it, before any experiment is named. */
    public Assessment(UUID assessmentId, String accountId, OffsetDateTime assessedAt, String rulesetVersion,
                      DelinquencyStage stage, ChosenAction nextAction, List<Offer> reliefOffers,
                      List<Suppressed> suppressed, List<AssignedTask> tasks, CreditReportDecision creditReport,
                      List<String> firedRules, PriorityScore priority) {
        this(assessmentId, accountId, assessedAt, rulesetVersion, stage, nextAction, reliefOffers, suppressed, tasks,
                creditReport, firedRules, priority, null, null, null);
    }

    /** As above, with the agency's part (rev. 3). */
    public Assessment(UUID assessmentId, String accountId, OffsetDateTime assessedAt, String rulesetVersion,
                      DelinquencyStage stage, ChosenAction nextAction, List<Offer> reliefOffers,
                      List<Suppressed> suppressed, List<AssignedTask> tasks, CreditReportDecision creditReport,
                      List<String> firedRules, PriorityScore priority, AgencyDecision agency) {
        this(assessmentId, accountId, assessedAt, rulesetVersion, stage, nextAction, reliefOffers, suppressed, tasks,
                creditReport, firedRules, priority, null, agency, null);
    }

    /** As above, with the behavioural score the rules saw (null: no model is live). */
    public Assessment(UUID assessmentId, String accountId, OffsetDateTime assessedAt, String rulesetVersion,
                      DelinquencyStage stage, ChosenAction nextAction, List<Offer> reliefOffers,
                      List<Suppressed> suppressed, List<AssignedTask> tasks, CreditReportDecision creditReport,
                      List<String> firedRules, PriorityScore priority, AgencyDecision agency, ScoreView score) {
        this(assessmentId, accountId, assessedAt, rulesetVersion, stage, nextAction, reliefOffers, suppressed, tasks,
                creditReport, firedRules, priority, null, agency, score);
    }

    /**
     * A collection agency's part in the decision (rev. 3): PLACE with an agency for {@code days} (the nightly
     * triage chooses it, never {@code excludedAgency}), PLACED (the agency keeps working the account), or RECALL
     * from {@code agencyId} for {@code reasons}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgencyDecision(@Schema(enumeration = {"PLACE", "PLACED", "RECALL"}) String decision,
                                 Long agencyId, Integer days, Long excludedAgency,
                                 List<dev.collections.policy.RecallReason> reasons, String rule) {
    }

    /** This decision with its next action said otherwise (another language). */
    public Assessment with(ChosenAction said) {
        return new Assessment(assessmentId, accountId, assessedAt, rulesetVersion, stage, said, reliefOffers,
                suppressed, tasks, creditReport, firedRules, priority, strategy, agency, score);
    }

    /** This decision with its score's reasons said otherwise (another language). */
    public Assessment with(ScoreView said) {
        return new Assessment(assessmentId, accountId, assessedAt, rulesetVersion, stage, nextAction, reliefOffers,
                suppressed, tasks, creditReport, firedRules, priority, strategy, agency, said);
    }

    /** This decision, made on {@code strategy}'s arm of an experiment (null: none). */
    public Assessment under(Strategy strategy) {
        return new Assessment(assessmentId, accountId, assessedAt, rulesetVersion, stage, nextAction, reliefOffers,
                suppressed, tasks, creditReport, firedRules, priority, strategy, agency, score);
    }

    /**
     * The behavioural score the rules saw: the live model's probability that the account rolls forward, the band
     * the rules put it in, and the features that raised it most, each with its words in the answer's language.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreView(double probability, dev.collections.policy.ScoreBand band, String model,
                            List<ScoreReason> reasons) {
    }

    /** A feature that raised the score (its code) and what it is called, in the answer's language. */
    public record ScoreReason(dev.collections.policy.ScoreFeature feature, String text) {
    }

    /** The experiment (its id), the arm and the rule-set version that decided an account during an experiment. */
    public record Strategy(long experiment, Arm arm, String rulesetVersion) {
    }

    /** The priority a rule gave the decision, the rule, and how it was reached. */
    public record PriorityScore(java.math.BigDecimal value, String basis, String rule) {
    }

    /**
     * The rung chosen, the earliest moment it may happen, the rule that decided it and why (in the answer's
     * language; {@code explanation} says it in no language, for another one).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChosenAction(ActionType type, OffsetDateTime notBefore, String rule,
                               @Schema(description = "Why, in the language the caller asked for (Accept-Language)")
                               String reason,
                               @Schema(description = "A note on how the action is carried out, in the same language")
                               String note,
                               @JsonIgnore @Schema(hidden = true) List<Step> fallbacks,
                               @JsonIgnore @Schema(hidden = true) dev.collections.policy.Explanation explanation) {
        public ChosenAction(ActionType type, OffsetDateTime notBefore, String rule, String reason, String note) {
            this(type, notBefore, rule, reason, note, List.of(), null);
        }

        /** The same action, its reason and note said in another language. */
        public ChosenAction said(String reason, String note) {
            return new ChosenAction(type, notBefore, rule, reason, note, fallbacks, explanation);
        }

        /**
         * The rungs below this one the policy allows, highest first, each with the earliest moment the guardrails
         * allow it: where a team without capacity steps the account down.
         */
        @Override
        public List<Step> fallbacks() {
            return fallbacks == null ? List.of() : fallbacks;
        }
    }

    /** A rung and the earliest moment it may happen. */
    public record Step(ActionType type, OffsetDateTime notBefore) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offer(ReliefType type, Integer maxTermMonths, String rule) {
    }

    public record Suppressed(ActionType action, SuppressionReason reason, String rule) {
    }

    public record AssignedTask(TaskType type, String rule) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreditReportDecision(CreditDecision decision, HoldReason reason, String rule) {
    }
}
