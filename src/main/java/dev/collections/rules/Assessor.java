package dev.collections.rules;

import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import dev.collections.model.FactsValidator;
import dev.collections.policy.RollRates;
import dev.collections.policy.Score;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The whole assessment path without the web: validate the account's facts, build the rule facts, evaluate them
 * against a rule set, shape the answer. Every path goes through here: REST, the record, scenarios, triage and
 * simulation.
 */
public final class Assessor {
    private final RuleEngine engine = new RuleEngine();
    private final Clock clock;
    private final ZoneId defaultZone;
    private final int fireLimit;

    public Assessor(Clock clock, ZoneId defaultZone, int fireLimit) {
        this.clock = clock;
        this.defaultZone = defaultZone;
        this.fireLimit = fireLimit;
    }

    /** @throws ProblemException (422) when the facts break the API's rules */
    public Facts facts(AccountFacts account) {
        if (account == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is required: one account's facts as JSON");
        }
        List<Problem.Violation> violations = FactsValidator.validate(account);
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
        // the clock is read only when the facts give no asOf (the night always gives one)
        return Facts.from(account, account.asOf() == null ? OffsetDateTime.now(clock) : null, defaultZone);
    }

    public Assessment assess(AccountFacts account, RuleSet ruleSet) {
        return assess(account, ruleSet, RollRates.NONE);
    }

    /** {@code rates}: the roll-forward rates observed in the record (triage refreshes them once per run). */
    public Assessment assess(AccountFacts account, RuleSet ruleSet, RollRates rates) {
        return assess(account, ruleSet, rates, null);
    }

    /** As above, with the account's behavioural score beside its facts (null: no model is live). */
    public Assessment assess(AccountFacts account, RuleSet ruleSet, RollRates rates, Score score) {
        Facts facts = facts(account).withScore(score);
        Decision d = decide(facts, ruleSet, rates);
        OffsetDateTime assessedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)
                .atZoneSameInstant(facts.account().getZone()).toOffsetDateTime();
        var next = d.nextAction();
        var credit = d.creditReport();
        return new Assessment(UUID.randomUUID(), account.accountId(), assessedAt, ruleSet.version(),
                d.stage().getStage(),
                new Assessment.ChosenAction(next.getType(), next.getNotBefore(), next.getRule(),
                        ruleSet.texts().reason(next.getReason(), Locale.ENGLISH),
                        ruleSet.texts().note(next.getReason(), Locale.ENGLISH), d.fallbacks().stream()
                        .map(f -> new Assessment.Step(f.getType(), f.getNotBefore())).toList(), next.getReason()),
                d.reliefOffers().stream().map(o -> new Assessment.Offer(o.getType(), o.getMaxTermMonths(),
                        o.getRule())).toList(),
                d.suppressed().stream().map(s -> new Assessment.Suppressed(s.getAction(), s.getReason(),
                        s.getRule())).toList(),
                d.tasks().stream().map(t -> new Assessment.AssignedTask(t.getType(), t.getRule())).toList(),
                new Assessment.CreditReportDecision(credit.getDecision(), credit.getReason(), credit.getRule()),
                d.firedRules(),
                d.priority() == null ? null : new Assessment.PriorityScore(d.priority().getValue(),
                        d.priority().getBasis(), d.priority().getRule()), agency(d, facts),
                score(d, ruleSet.texts(), Locale.ENGLISH));
    }

    /**
     * The rules' decision on facts already built ({@link #facts}), not yet shaped as an answer: the night's path,
     * which keeps the reason in no language and needs no assessment id.
     */
    public Decision decide(Facts facts, RuleSet ruleSet, RollRates rates) {
        return engine.evaluate(ruleSet, facts, rates, fireLimit);
    }

    /** The score the rules saw, its reasons said in {@code language}; null when there was none. */
    public static Assessment.ScoreView score(Decision d, Texts texts, Locale language) {
        Score s = d.score();
        return s == null ? null : new Assessment.ScoreView(s.getProbability(),
                d.band() == null ? null : d.band().getBand(), s.getModel(), s.getReasons().stream()
                .map(f -> new Assessment.ScoreReason(f, texts.word(f, language))).toList());
    }

    /** The agency's part: a recall first, else a placement (when it is the next action), else staying placed. */
    public static Assessment.AgencyDecision agency(Decision d, Facts facts) {
        Long placedWith = facts.placement() == null ? null : facts.placement().getAgencyId();
        if (!d.recalls().isEmpty()) {
            return new Assessment.AgencyDecision("RECALL", placedWith, null, null,
                    d.recalls().stream().map(dev.collections.policy.AgencyRecall::getReason).toList(),
                    d.recalls().get(0).getRule());
        }
        if (d.placement() != null && d.nextAction().getType() == dev.collections.policy.ActionType.AGENCY_PLACEMENT) {
            // AG5: never again with the agency it came back from
            Long excluded = facts.placement() != null && !facts.placement().isCurrent() ? placedWith : null;
            return new Assessment.AgencyDecision("PLACE", null, d.placement().getDays(), excluded, null,
                    d.placement().getRule());
        }
        if (d.staysWithAgency() != null) {
            return new Assessment.AgencyDecision("PLACED", placedWith, null, null, null,
                    d.staysWithAgency().getRule());
        }
        return null;
    }
}
