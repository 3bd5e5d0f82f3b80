package dev.collections.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.common.Database;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The behavioural score's models as versioned artefacts (docs/score.md): trained and stored with their sha256, their
 * report and who trained them; put live through the gate (refused when the held-out AUC falls more than the margin
 * below the live model's, or when the model is not calibrated); rolled back to the model live before.
 */
@ApplicationScoped
public class ScoreModels {
    /** Fewer examples than this teach a model nothing it can be trusted with. */
    static final int MINIMUM_EXAMPLES = 1_000;
    private final ScoreConfig config;
    private final ObjectMapper json;
    private final DataSource database;

    public ScoreModels(ScoreConfig config, ObjectMapper json, DataSource database) {
        this.config = config;
        this.json = json;
        this.database = database;
    }

    /**
     * Trains a model from this service's own decisions from {@code from} on and their outcomes at {@code horizon}
     * days (the latest share held out) and stores it (not live).
     */
    public StoredModel trainFromOutcomes(int horizon, LocalDate from, double heldOut, long seed, String by) {
        List<Example> examples;
        try (Connection c = Database.open(database)) {
            examples = OutcomeExamples.read(c, horizon, from);
        } catch (SQLException e) {
            throw new IllegalStateException("the outcomes could not be read", e);
        }
        if (examples.size() < MINIMUM_EXAMPLES) {
            throw new ProblemException(ProblemType.SCORE_MODEL_REFUSED, examples.size() + " outcomes at " + horizon
                    + " days of decisions from " + from + ": at least " + MINIMUM_EXAMPLES + " are needed");
        }
        return store(ScoreTrainer.train("outcomes of decisions from " + from, OutcomeExamples.TARGET + " within "
                + horizon + " days", Split.timeOrdered(examples, heldOut), seed), by);
    }

    /** Trains a model from the UCI portfolio and stores it (not live). */
    public StoredModel trainFromUci(long seed, double heldOut, String by) {
        Path file = Path.of(config.uciData());
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(ProblemType.SCORE_MODEL_REFUSED,
                    "The UCI card portfolio is not on this service's disk (collections.score.uci-data)");
        }
        try {
            ScoreTrainer.Trained trained = ScoreTrainer.train("UCI " + file.getFileName(), "default the month after",
                    Split.seeded(UciExamples.read(file), seed, heldOut), seed);
            return store(trained, by);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.SCORE_MODEL_REFUSED, "The UCI card portfolio could not be read");
        }
    }

    /** Stores a trained model; the same bytes stored again are the same version. */
    @Transactional
    public StoredModel store(ScoreTrainer.Trained trained, String by) {
        String sha = trained.model().sha256();
        Optional<StoredModel> known = StoredModel.bySha256(sha);
        if (known.isPresent()) {
            return known.get();
        }
        StoredModel m = new StoredModel();
        m.version = "score-" + sha.substring(0, 12);
        m.sha256 = sha;
        m.content = Base64.getEncoder().encodeToString(trained.model().bytes());
        m.source = trained.report().source();
        m.target = trained.report().target();
        m.auc = figure(trained.report().model().auc());
        m.calibrationError = figure(trained.report().model().calibrationError());
        try {
            m.report = json.writeValueAsString(trained.report());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is always JSON", e);
        }
        m.trainedBy = by;
        m.trainedAt = OffsetDateTime.now(ZoneOffset.UTC);
        m.persist();
        Log.infof("Score model %s trained by %s: AUC %s", m.version, by, m.auc);
        return m;
    }

    /** Every stored model, newest first (without bytes or report). */
    @Transactional
    public List<ModelSummary> all() {
        return StoredModel.summaries();
    }

    public Optional<StoredModel> find(String version) {
        return StoredModel.byVersion(version);
    }

    /** The live model, or empty when none is (the rules then decide as without a score). */
    public Optional<StoredModel> live() {
        return ModelActivation.newestFirst().stream().findFirst()
                .flatMap(a -> a.modelId == null ? Optional.empty() : StoredModel.findByIdOptional(a.modelId));
    }

    /** Puts a model live when it passes the gate; a refusal says which figure failed. */
    @Transactional
    public StoredModel putLive(String version, String by) {
        StoredModel candidate = passesGate(version);
        Optional<StoredModel> live = live();
        if (live.isPresent() && live.get().id.equals(candidate.id)) {
            return candidate;
        }
        activate(candidate.id, by, ModelActivation.LIVE);
        Log.infof("Score model %s put live by %s", version, by);
        return candidate;
    }

    /**
     * The model, when it would pass the gate against the live one (or is live already); otherwise a 409 that says
     * which figure failed. Nothing is changed.
     */
    @Transactional
    public StoredModel passesGate(String version) {
        StoredModel candidate = find(version).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No score model " + version));
        Optional<StoredModel> live = live();
        if (live.isPresent() && live.get().id.equals(candidate.id)) {
            return candidate;
        }
        if (candidate.calibrationError.doubleValue() > config.maxCalibrationError()) {
            throw refused(version + " is not calibrated: its calibration error " + candidate.calibrationError
                    + " is above " + config.maxCalibrationError());
        }
        if (live.isPresent() && candidate.auc.doubleValue() < live.get().auc.doubleValue() - config.aucMargin()) {
            throw refused(version + " ranks worse than the live model " + live.get().version + ": AUC "
                    + candidate.auc + " against " + live.get().auc + ", more than " + config.aucMargin() + " below");
        }
        return candidate;
    }

    /** Switches the score off: no model is live, the rules decide as without a score (a rollback undoes it). */
    @Transactional
    public void switchOff(String by) {
        if (live().isPresent()) {
            activate(null, by, ModelActivation.OFF);
            Log.infof("Score switched off by %s", by);
        }
    }

    /** Puts back the model live before the current one (none: the score is off). */
    @Transactional
    public Optional<StoredModel> rollback(String by) {
        List<ModelActivation> history = ModelActivation.newestFirst();
        if (history.isEmpty()) {
            throw new ProblemException(ProblemType.SCORE_MODEL_REFUSED, "No model has been live: nothing to roll back");
        }
        Long current = history.get(0).modelId;
        Long before = null;
        for (ModelActivation a : history.subList(1, history.size())) {
            if (a.modelId == null || !a.modelId.equals(current)) {
                before = a.modelId;
                break;
            }
        }
        activate(before, by, ModelActivation.ROLLBACK);
        Log.infof("Score model rolled back by %s", by);
        return before == null ? Optional.empty() : StoredModel.findByIdOptional(before);
    }

    private static void activate(Long modelId, String by, String trigger) {
        ModelActivation a = new ModelActivation();
        a.modelId = modelId;
        a.activatedBy = by;
        a.activatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.trigger = trigger;
        a.persist();
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(ProblemType.SCORE_MODEL_REFUSED, detail);
    }

    private static BigDecimal figure(double value) {
        return BigDecimal.valueOf(Double.isNaN(value) ? 0 : value).setScale(5, RoundingMode.HALF_UP);
    }
}
