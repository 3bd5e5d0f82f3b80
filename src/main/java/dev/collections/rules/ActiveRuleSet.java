package dev.collections.rules;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The rule set the service decides with. Compiled once at start-up and shared by every request; a rules directory
 * that does not compile leaves the service up but not ready, and assessments answer 503.
 */
@ApplicationScoped
public class ActiveRuleSet {
    private static final Logger LOG = Logger.getLogger(ActiveRuleSet.class);

    private final RulesConfig config;
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final AtomicReference<RuleSet> current = new AtomicReference<>();

    public ActiveRuleSet(RulesConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        load();
    }

    public RuleSet load() {
        Path directory = Path.of(config.directory()).toAbsolutePath().normalize();
        RuleSet ruleSet = compiler.compile(directory);
        current.set(ruleSet);
        if (ruleSet.isValid()) {
            LOG.infof("Rule set %s loaded from %s: %d files, %d rules", ruleSet.version(), directory,
                    ruleSet.files().size(), ruleSet.rules().size());
        } else {
            LOG.errorf("Rules in %s do not compile (%d errors); assessments answer 503 until they do", directory,
                    ruleSet.errors().size());
            ruleSet.errors().forEach(e -> LOG.errorf("  %s:%s %s", e.file(), e.line(), e.message()));
        }
        return ruleSet;
    }

    /** The current rule set, compiled or not; null only before start-up has finished. */
    public RuleSet current() {
        return current.get();
    }

    /** @throws ProblemException (503) when no valid rule set is loaded */
    public RuleSet requireValid() {
        RuleSet ruleSet = current.get();
        if (ruleSet == null || !ruleSet.isValid()) {
            throw new ProblemException(ProblemType.NO_VALID_RULE_SET,
                    "The rules do not compile; GET /api/v1/rules lists the errors");
        }
        return ruleSet;
    }

    public int fireLimit() {
        return config.fireLimit();
    }
}
