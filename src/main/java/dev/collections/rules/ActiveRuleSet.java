package dev.collections.rules;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import dev.collections.model.Arm;
import dev.collections.model.Assessment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set the service decides with, shared by every request. A request reads it once and keeps that set for
 * its whole evaluation, so a swap never shows it a half-loaded set. Until some set has passed its checks, the one
 * held here is the refused one (not valid): the service is not ready and assessments answer 503.
 */
@ApplicationScoped
public class ActiveRuleSet {
    private final RulesConfig config;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final AtomicReference<Reload> lastReload = new AtomicReference<>();
    private final AtomicReference<Challenger> challenger = new AtomicReference<>();

    public ActiveRuleSet(RulesConfig config) {
        this.config = config;
    }

    public Path directory() {
        return Path.of(config.directory()).toAbsolutePath().normalize();
    }

    /** The current rule set, valid or not; null only before start-up has finished. */
    public RuleSet current() {
        return current.get();
    }

    public Reload lastReload() {
        return lastReload.get();
    }

    /** @throws ProblemException (503) when no valid rule set is loaded */
    public RuleSet requireValid() {
        RuleSet ruleSet = current.get();
        if (ruleSet == null || !ruleSet.isValid()) {
            throw new ProblemException(ProblemType.NO_VALID_RULE_SET,
                    "No rule set has passed its checks; GET /api/v1/rules says why");
        }
        return ruleSet;
    }

    /** Puts a checked rule set live, in one atomic step. */
    public void activate(RuleSet ruleSet, Reload reload) {
        current.set(ruleSet);
        lastReload.set(reload);
    }

    /** Records a refused attempt; the refused set is shown only while no valid set has ever been live. */
    public void refuse(RuleSet refused, Reload reload) {
        lastReload.set(reload);
        current.getAndUpdate(live -> live != null && live.isValid() ? live : refused);
    }

    public void unchanged(Reload reload) {
        lastReload.set(reload);
    }

    /**
     * The rule set that decides one account on a business date, the experiment's arm when one runs, and the score
     * model of that arm ({@code scoreModel}: an experiment's challenger model; null: the live model, if any).
     */
    public record Assignment(RuleSet ruleSet, Assessment.Strategy strategy, String scoreModel) {
    }

    /**
     * The rule set that decides {@code accountId} on {@code date}: the live set, or the running experiment's
     * challenger for the accounts of its share while it runs.
     *
     * @throws ProblemException (503) when no valid rule set is loaded
     */
    public Assignment assign(String accountId, LocalDate date) {
        return assign(requireValid(), challenger.get(), accountId, date);
    }

    /** As above, with the live set and challenger a run read once at its start. */
    public static Assignment assign(RuleSet live, Challenger running, String accountId, LocalDate date) {
        if (running == null || accountId == null || !running.runsOn(date)) {
            return new Assignment(live, null, null);
        }
        Arm arm = running.armOf(accountId);
        RuleSet rules = running.rulesFor(arm, live);
        return new Assignment(rules, new Assessment.Strategy(running.experiment(), arm, rules.version()),
                running.scoreModelFor(arm));
    }

    /** The running experiment's challenger, or null. */
    public Challenger challenger() {
        return challenger.get();
    }

    /** Puts an experiment's checked challenger beside the live set (replacing any other; null: none). */
    public void startExperiment(Challenger running) {
        challenger.set(running);
    }

    /** Takes the experiment's challenger away, if it is the one running: every account is the live set's again. */
    public void endExperiment(long experiment) {
        challenger.getAndUpdate(c -> c != null && c.experiment() == experiment ? null : c);
    }

    public int fireLimit() {
        return config.fireLimit();
    }
}
