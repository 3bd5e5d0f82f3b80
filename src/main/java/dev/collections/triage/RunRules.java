package dev.collections.triage;

import dev.collections.rules.FrozenRules;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetHistory;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The rule set a run decides with on every process that works on it: its own version, whatever this process
 * serves. A process that joins or resumes a run started with another version compiles that version from the
 * rule-set history, where every set that went live is kept whole.
 */
final class RunRules {
    private static final Logger LOG = Logger.getLogger(RunRules.class);

    private RunRules() {
    }

    static RuleSet of(Connection c, String version, RuleSet serving) throws SQLException {
        if (serving.version().equals(version)) {
            return serving;
        }
        var files = RuleSetHistory.files(c, version).orElseThrow(() -> new TriageException("The run decides with"
                + " rules " + version + ", which the rule-set history does not keep whole; this process serves "
                + serving.version() + " and cannot decide for it"));
        RuleSet rules = FrozenRules.compile(files);
        if (!rules.isValid()) {
            throw new TriageException("The run's rules " + version + " no longer compile here");
        }
        LOG.infof("the run decides with rules %s (compiled from the history; this process serves %s)", version,
                serving.version());
        return rules;
    }
}
