package dev.collections.rules;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
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

    public int fireLimit() {
        return config.fireLimit();
    }
}
