package dev.collections.score;

import dev.collections.common.Sha256;
import dev.collections.policy.ScoreFeature;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained model: XGBoost's booster and its bytes (the artefact that is stored, hashed and put live). It gives each
 * account the probability of the event it was trained on and, for the same account, each feature's contribution to
 * that probability's log-odds (SHAP values, which add up to the score), so the reasons are the model's own.
 */
public final class ScoreModel {
    private static final ScoreFeature[] FEATURES = ScoreFeature.values();
    private final byte[] bytes;
    private final Booster booster;
    private final TreeEnsemble trees;

    private ScoreModel(byte[] bytes, Booster booster) throws XGBoostError, java.io.IOException {
        this.bytes = bytes;
        this.booster = booster;
        this.trees = TreeEnsemble.of(booster.toByteArray("json"));
        if (trees.features() != FeatureBuilder.COUNT) {
            throw new java.io.IOException("the model reads " + trees.features() + " features, the service builds "
                    + FeatureBuilder.COUNT);
        }
    }

    static ScoreModel of(Booster booster) {
        try {
            return new ScoreModel(booster.toByteArray("ubj"), booster);
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalStateException("the model could not be written: " + e.getMessage(), e);
        }
    }

    /** A stored model. */
    public static ScoreModel load(byte[] bytes) {
        try {
            Booster booster = XGBoost.loadModel(bytes);
            booster.setParam("nthread", "1");
            return new ScoreModel(bytes.clone(), booster);
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalArgumentException("not a model: " + e.getMessage(), e);
        }
    }

    /** One account's probability and the features that raised it most: in Java, for one account at a time. */
    public Scored score(float[] features, int reasons) {
        float[] contributions = new float[FeatureBuilder.COUNT + 1];
        double margin = trees.margin(features, contributions);
        return new Scored(1 / (1 + Math.exp(-margin)), topReasons(contributions, reasons));
    }

    /**
     * Many accounts' probabilities and reasons, in their order, each the same as {@link #score(float[], int)} gives
     * it: scored together, the trees are read from memory once for a block of accounts instead of once for each.
     * With no reasons asked for ({@code reasons} 0) the features' contributions are not added up: the same
     * probabilities, for less.
     */
    public List<Scored> score(List<float[]> features, int reasons) {
        float[][] rows = features.toArray(float[][]::new);
        float[][] contributions = reasons == 0 ? null : new float[rows.length][FeatureBuilder.COUNT + 1];
        double[] margins = new double[rows.length];
        trees.margins(rows, margins, contributions);
        List<Scored> scored = new java.util.ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            scored.add(new Scored(1 / (1 + Math.exp(-margins[i])),
                    contributions == null ? List.of() : topReasons(contributions[i], reasons)));
        }
        return scored;
    }

    /** The path contributions for one account (each feature's, then the bias); they add up to its log-odds. */
    public float[] pathContributions(float[] features) {
        float[] contributions = new float[FeatureBuilder.COUNT + 1];
        trees.margin(features, contributions);
        return contributions;
    }

    /** A probability and its reasons, largest first. */
    public record Scored(double probability, List<ScoreFeature> reasons) {
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String sha256() {
        return Sha256.hex(bytes);
    }

    /** The probability for each row of {@code features} (as {@link FeatureBuilder} builds them). */
    public double[] probabilities(float[][] features) {
        try (Matrix m = new Matrix(features)) {
            float[][] p = booster.predict(m.matrix);
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = p[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("the model could not score: " + e.getMessage(), e);
        }
    }

    /** For each row, each feature's contribution to the log-odds, then the bias (SHAP values). */
    public float[][] contributions(float[][] features) {
        try (Matrix m = new Matrix(features)) {
            return booster.predictContrib(m.matrix, 0);
        } catch (XGBoostError e) {
            throw new IllegalStateException("the model could not explain: " + e.getMessage(), e);
        }
    }

    /**
     * The features that raised the log-odds most, at most {@code count}, largest first; of two that raised it alike,
     * the one listed first. Picked in one pass, without sorting every feature (the night asks for every account).
     */
    public static List<ScoreFeature> topReasons(float[] contributions, int count) {
        ScoreFeature[] top = new ScoreFeature[count];
        int kept = 0;
        for (ScoreFeature f : FEATURES) {
            float c = contributions[f.ordinal()];
            if (!(c > 0)) {
                continue;
            }
            int at = kept;
            while (at > 0 && contributions[top[at - 1].ordinal()] < c) {
                at--;
            }
            if (at < count) {
                System.arraycopy(top, at, top, at + 1, Math.min(kept, count - 1) - at);
                top[at] = f;
                kept = Math.min(kept + 1, count);
            }
        }
        return List.of(java.util.Arrays.copyOf(top, kept));
    }

    /** Rows of features as XGBoost's matrix (NaN is missing). */
    static final class Matrix implements AutoCloseable {
        final DMatrix matrix;

        Matrix(float[][] rows) throws XGBoostError {
            int columns = FeatureBuilder.COUNT;
            float[] data = new float[rows.length * columns];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(rows[i], 0, data, i * columns, columns);
            }
            matrix = new DMatrix(data, rows.length, columns, Float.NaN);
        }

        @Override
        public void close() {
            matrix.dispose();
        }
    }
}
