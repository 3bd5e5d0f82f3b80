package dev.collections.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.common.Database;
import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.model.Arm;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.ChallengerStore;
import dev.collections.rules.Reload;
import dev.collections.rules.RuleReloader;
import dev.collections.score.ScoreFollower;
import dev.collections.score.ScoreModels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The end of a successful experiment: its challenger becomes the live rule set, and its score model (when it tried
 * one) the live model, through the model's gate.
 */
@ApplicationScoped
public class Promotion {
    private static final Logger LOG = Logger.getLogger(Promotion.class);
    private final Experiments experiments;
    private final RuleReloader reloader;
    private final ActiveRuleSet active;
    private final DataSource database;
    private final ObjectMapper json;
    private final ScoreModels scores;
    private final ScoreFollower follower;

    public Promotion(Experiments experiments, RuleReloader reloader, ActiveRuleSet active, DataSource database,
                     ObjectMapper json, ScoreModels scores, ScoreFollower follower) {
        this.scores = scores;
        this.follower = follower;
        this.experiments = experiments;
        this.reloader = reloader;
        this.active = active;
        this.database = database;
        this.json = json;
    }

    /**
     * Makes the challenger's frozen files the live rules directory through the gated reload (refused: the live
     * files are put back and the experiment keeps running), ends the experiment and records who promoted it, on
     * which report, and the live files it replaced (the rule-set history keeps the old version). Holds the
     * experiments' lock, so no stop or start runs meanwhile.
     */
    public Experiment promote(long id, String user) {
        synchronized (experiments) {
            return promoteLocked(id, user);
        }
    }

    private Experiment promoteLocked(long id, String user) {
        Experiment e = experiments.requireRunning(id);
        if (!experiments.today().isAfter(e.endsOn)) {
            throw new ProblemException(ProblemType.EXPERIMENT_CONFLICT, "Experiment " + id + " runs until "
                    + e.endsOn + ": a challenger is promoted on the report of a finished experiment");
        }
        ExperimentReport report = experiments.report(id);
        if (e.challengerScoreModel != null) {
            scores.passesGate(e.challengerScoreModel); // before the rules change: a refused model changes nothing
        }
        String reportJson = write(report);
        var rules = e.challengerDirectory == null ? null : promoteRules(id);
        String rulesLive = rules == null ? active.requireValid().version() : rules.reload().candidateVersion();
        if (e.challengerScoreModel != null) {
            scores.putLive(e.challengerScoreModel, user);
            follower.follow(); // this replica at once; the others within collections.rules.follow-interval
        }
        // the live files the challenger replaced and the experiment's end, in one transaction
        Experiment promoted = QuarkusTransaction.requiringNew().call(() -> {
            if (rules != null) {
                Experiment.<Experiment>findById(id).storeFiles(Experiment.REPLACED, rules.replaced());
            }
            return Experiments.end(id, Experiment.Status.PROMOTED, user, rulesLive, reportJson);
        });
        active.endExperiment(id);
        LOG.infof("experiment %d promoted by %s: rules %s live%s", id, user, rulesLive,
                e.challengerScoreModel == null ? "" : ", score model " + e.challengerScoreModel + " live");
        return promoted;
    }

    /**
     * The challenger's frozen files made the live rules directory; the reload and the live files they replaced (kept
     * with the experiment as it ends). A score-only experiment has none: the live rules, as analysts left them, stay.
     */
    private RuleReloader.Replacement promoteRules(long id) {
        Map<String, String> files;
        try (Connection c = Database.open(database)) {
            files = ChallengerStore.files(c, id, Arm.CHALLENGER.name());
        } catch (SQLException ex) {
            throw new ProblemException(ProblemType.DATABASE_UNAVAILABLE, "The challenger could not be read; retry");
        }
        var replacement = reloader.replace(files, "promotion");
        Reload reload = replacement.reload();
        if (reload.outcome() == Reload.Outcome.REFUSED) {
            throw ProblemException.validation(reload.reasons().stream().map(r -> new Problem.Violation(
                    "challenger", (r.file() == null ? "" : r.file() + ": ") + r.message())).toList());
        }
        return replacement;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
