package dev.collections.score;

import dev.collections.account.AccountHistory;
import dev.collections.account.Behaviour;
import dev.collections.account.RecordedAccount;
import dev.collections.policy.Score;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model live at a moment, ready to score an account from its record; {@link #NONE} when no model was live (the
 * rules then get no Score and decide as before the score existed). A night scores with the model live when it
 * started, so every replica that joins it scores alike; the REST path follows the live model ({@link ScoreFollower}).
 */
public final class LiveScore {
    public static final LiveScore NONE = new LiveScore(null, null);
    /** The reasons a score carries. */
    public static final int REASONS = 3;
    private static final Map<String, ScoreModel> LOADED = new ConcurrentHashMap<>();
    private static final String AT = "SELECT m.version FROM score_model_activation a"
            + " LEFT JOIN score_model m ON m.id = a.model_id WHERE a.activated_at <= ? ORDER BY a.id DESC";
    private static final String CONTENT = "SELECT content FROM score_model WHERE version = ?";

    private final String version;
    private final ScoreModel model;

    private LiveScore(String version, ScoreModel model) {
        this.version = version;
        this.model = model;
    }

    /** The model live at {@code moment}. */
    public static LiveScore at(Connection c, OffsetDateTime moment) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(AT)) {
            s.setMaxRows(1);
            s.setObject(1, moment);
            try (ResultSet rs = s.executeQuery()) {
                return !rs.next() || rs.getString(1) == null ? NONE : of(c, rs.getString(1));
            }
        }
    }

    /**
     * The stored model {@code version} (an experiment's challenger model), live or not; NONE for a null version or
     * one not stored. A model is read and loaded once per process: a version is its content's hash.
     */
    public static LiveScore of(Connection c, String version) throws SQLException {
        if (version == null) {
            return NONE;
        }
        ScoreModel loaded = LOADED.get(version);
        if (loaded == null) {
            try (PreparedStatement s = c.prepareStatement(CONTENT)) {
                s.setString(1, version);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return NONE;
                    }
                    String content = rs.getString(1);
                    loaded = LOADED.computeIfAbsent(version,
                            v -> ScoreModel.load(Base64.getDecoder().decode(content)));
                }
            }
        }
        return new LiveScore(version, loaded);
    }

    public boolean live() {
        return model != null;
    }

    /** The live model's version, or null. */
    public String version() {
        return version;
    }

    /** The account's score as of {@code asOf} from its record; null when no model is live. */
    public Score score(Behaviour behaviour, AccountHistory history, LocalDate asOf) {
        if (model == null) {
            return null;
        }
        ScoreModel.Scored s = model.score(FeatureBuilder.features(ScoreHistories.of(behaviour, history, asOf)),
                REASONS);
        return new Score(s.probability(), s.reasons(), version);
    }

    /**
     * The scores of {@code accounts} as of {@code asOf}, in their order, each the same probability as {@link #score}
     * gives it, with at most {@code reasons} reasons (0: none, the night's, whose work items keep no reasons); scored
     * together (a chunk of the night), so the model's trees are read once for many accounts. Nulls when no model is
     * live.
     */
    public List<Score> scores(List<RecordedAccount> accounts, LocalDate asOf, int reasons) {
        if (model == null) {
            return java.util.Collections.nCopies(accounts.size(), null);
        }
        List<float[]> features = new java.util.ArrayList<>(accounts.size());
        for (RecordedAccount a : accounts) {
            features.add(FeatureBuilder.features(ScoreHistories.of(a.behaviour(), a.history(), asOf)));
        }
        List<ScoreModel.Scored> scored = model.score(features, reasons);
        List<Score> scores = new java.util.ArrayList<>(scored.size());
        for (ScoreModel.Scored s : scored) {
            scores.add(new Score(s.probability(), s.reasons(), version));
        }
        return scores;
    }
}
