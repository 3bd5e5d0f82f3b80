package dev.collections.experiment;

import dev.collections.common.Database;
import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.model.Arm;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.CandidateRuleSets;
import dev.collections.rules.AssessmentConfig;
import dev.collections.rules.Challenger;
import dev.collections.rules.ChallengerStore;
import dev.collections.rules.FrozenRules;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RulesCheck;
import dev.collections.score.ScoreModels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Champion/challenger experiments: starts one (its challenger through the reload's gate, its files frozen in the
 * database, then put beside the live set), stops it and reports on it ({@link Promotion} promotes it). One experiment runs at a time: every account has one arm, and each arm's outcomes are the effect of one
 * change. At start-up the running experiment's challenger is read back from the database.
 */
@ApplicationScoped
public class Experiments {
    private static final Logger LOG = Logger.getLogger(Experiments.class);
    private final ActiveRuleSet active;
    private final RulesCheck check;
    private final CandidateRuleSets candidates;
    private final DataSource database;
    private final AssessmentConfig assessment;
    private final ScoreModels scores;

    public Experiments(ActiveRuleSet active, CandidateRuleSets candidates, DataSource database,
                       AssessmentConfig assessment, ScoreModels scores) {
        this.scores = scores;
        this.active = active;
        this.candidates = candidates;
        this.database = database;
        this.assessment = assessment;
        this.check = new RulesCheck(assessment.defaultTimezone(), active.fireLimit());
    }

    /** After the live rules are loaded: the running experiment's challenger, from the database. */
    void onStart(@Observes @Priority(20) StartupEvent event) {
        restore();
    }

    /** Puts the running experiment (as stored) beside the live set, as at start-up; returns its challenger. */
    public Challenger restore() {
        try (Connection c = Database.open(database)) {
            Challenger running = ChallengerStore.running(c, today());
            active.startExperiment(running);
            if (running != null) {
                LOG.infof("experiment %d running: challenger %s%s on %d basis points", running.experiment(),
                        running.ruleSet().version(), running.scoreModel() == null ? ""
                                : " scored by " + running.scoreModel(), running.shareBasisPoints());
            }
            return running;
        } catch (SQLException e) {
            throw new ProblemException(ProblemType.DATABASE_UNAVAILABLE, "The experiments could not be read; retry");
        }
    }

    public LocalDate today() {
        return LocalDate.now(assessment.defaultTimezone());
    }

    /** Starts an experiment, or refuses it (422 with the gate's reasons; 409 while another runs). */
    public synchronized Experiment create(Design design, String user) {
        RuleSet live = active.requireValid();
        List<Experiment> running = QuarkusTransaction.requiringNew().call(() -> Experiment.running(today()));
        if (!running.isEmpty()) {
            throw new ProblemException(ProblemType.EXPERIMENT_CONFLICT, "Experiment " + running.get(0).id
                    + " runs until " + running.get(0).endsOn + ": one experiment at a time, so that each arm's"
                    + " outcomes are the effect of one change. Stop it first");
        }
        String scoreModel = design.challengerScoreModel();
        if (scoreModel != null && QuarkusTransaction.requiringNew().call(() -> scores.find(scoreModel))
                .isEmpty()) {
            throw ProblemException.validation(List.of(new Problem.Violation("challengerScoreModel",
                    "is not a stored score model (GET /api/v1/score-models lists them)")));
        }
        // no directory: the challenger decides by the live rules (frozen as they are now), scored by its own model
        Path directory = design.challengerDirectory() == null ? Path.of(live.directory())
                : candidates.directory(design.challengerDirectory())
                .orElseThrow(() -> refused(CandidateRuleSets.REFUSAL));
        Map<String, String> files;
        try {
            files = FrozenRules.read(directory);
        } catch (RuntimeException e) {
            throw refused("could not be read: " + e.getMessage());
        }
        RulesCheck.Report report = FrozenRules.inDirectory(files, check::check);
        if (!report.activatable()) {
            throw ProblemException.validation(report.refusals().stream().map(r -> new Problem.Violation(
                    "challengerDirectory", (r.file() == null ? "" : r.file() + (r.line() == null ? "" : ":" + r.line())
                            + ": ") + r.message())).toList());
        }
        RuleSet challenger = report.ruleSet();
        if (challenger.version().equals(live.version()) && (scoreModel == null || scoreModel.equals(
                QuarkusTransaction.requiringNew().call(() -> scores.live().map(m -> m.version).orElse(null))))) {
            throw refused("holds the live rules (" + live.version() + ")" + (scoreModel == null ? ""
                    : " and scores with the live model " + scoreModel) + ": a challenger must change something");
        }
        Experiment e = QuarkusTransaction.requiringNew().call(() -> store(design, user, live, challenger, files));
        active.startExperiment(new Challenger(e.id, e.salt, e.shareBasisPoints, e.startsOn, e.endsOn, challenger,
                scoreModel));
        LOG.infof("experiment %d started by %s: challenger %s%s on %d basis points, %s to %s", e.id, user,
                challenger.version(), scoreModel == null ? "" : " scored by " + scoreModel, e.shareBasisPoints,
                e.startsOn, e.endsOn);
        return e;
    }

    private static Experiment store(Design d, String user, RuleSet live, RuleSet challenger,
                                    Map<String, String> files) {
        Experiment e = new Experiment();
        e.name = d.name();
        e.challengerDirectory = d.challengerDirectory();
        e.challengerVersion = challenger.version();
        e.championVersion = live.version();
        e.shareBasisPoints = d.shareBasisPoints();
        e.salt = d.salt();
        e.startsOn = d.startsOn();
        e.endsOn = d.endsOn();
        e.horizonDays = d.horizonDays();
        e.challengerScoreModel = d.challengerScoreModel();
        e.status = Experiment.Status.RUNNING;
        e.createdBy = user;
        e.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.persist();
        e.storeFiles(Arm.CHALLENGER.name(), files);
        return e;
    }

    private static ProblemException refused(String message) {
        return ProblemException.validation(List.of(new Problem.Violation("challengerDirectory", message)));
    }

    public List<Experiment> list() {
        return QuarkusTransaction.requiringNew().call(Experiment::newestFirst);
    }

    public Experiment find(long id) {
        Experiment e = QuarkusTransaction.requiringNew().call(() -> Experiment.<Experiment>findById(id));
        if (e == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No experiment " + id);
        }
        return e;
    }

    /** Stops a running experiment: from now on every account is decided by the live rules. */
    public synchronized Experiment stop(long id, String user) {
        Experiment e = requireRunning(id);
        Experiment stopped = QuarkusTransaction.requiringNew().call(() -> end(id, Experiment.Status.STOPPED, user,
                null, null));
        active.endExperiment(id);
        LOG.infof("experiment %d stopped by %s", e.id, user);
        return stopped;
    }

    public ExperimentReport report(long id) {
        Experiment e = find(id);
        try (Connection c = Database.open(database)) {
            return ExperimentReport.of(e, ArmFigures.of(c, e), today(), assessment.defaultTimezone());
        } catch (SQLException ex) {
            throw new ProblemException(ProblemType.DATABASE_UNAVAILABLE, "The experiment's outcomes could not be"
                    + " read; retry");
        }
    }

    Experiment requireRunning(long id) {
        Experiment e = find(id);
        if (e.status != Experiment.Status.RUNNING) {
            throw new ProblemException(ProblemType.EXPERIMENT_CONFLICT, "Experiment " + id + " is "
                    + e.status.name().toLowerCase() + " already");
        }
        return e;
    }

    static Experiment end(long id, Experiment.Status status, String user, String version, String report) {
        Experiment e = Experiment.findById(id);
        e.status = status;
        e.endedBy = user;
        e.endedAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.promotedVersion = version;
        e.promotionReport = report;
        return e;
    }
}
