package dev.collections.score;

import dev.collections.policy.ScoreFeature;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains the score: gradient-boosted trees (the model) and, beside it, a logistic regression (XGBoost's linear
 * booster with the logistic objective, on standardised features) as the baseline the model must beat. Both learn
 * from the split's training share and are judged on its held-out share; the report also gives the model's figures
 * per group where the examples carry groups (measured, never used). Seeded, so the same examples give the same model.
 */
public final class ScoreTrainer {
    /** The trees' settings: small, shallow and slow-learning, which suits a few tens of thousands of accounts. */
    static final int ROUNDS = 300;
    static final int DEPTH = 4;
    static final double ETA = 0.05;
    static final int LINEAR_ROUNDS = 100;

    private ScoreTrainer() {
    }

    /** The trained model and what it was judged to be worth. */
    public record Trained(ScoreModel model, ScoreReport report) {
    }

    public static Trained train(String source, String target, Split split, long seed) {
        float[][] train = features(split.training());
        float[][] held = features(split.held());
        int[] heldOutcome = outcomes(split.held());
        try {
            Booster trees = booster(train, outcomes(split.training()), trees(seed), ROUNDS);
            ScoreModel model = ScoreModel.of(trees);
            double[] p = model.probabilities(held);
            Standardiser standard = Standardiser.of(train);
            Booster linear = booster(standard.apply(train), outcomes(split.training()), linear(seed), LINEAR_ROUNDS);
            double[] baseline = predict(linear, standard.apply(held));
            ScoreReport report = new ScoreReport(source, target, seed, split.training().size(), split.held().size(),
                    Metrics.of(p, heldOutcome), Metrics.of(baseline, heldOutcome),
                    Metrics.of(stageRates(split), heldOutcome), byGroup(split.held(), p),
                    importance(model.contributions(held)));
            linear.dispose();
            return new Trained(model, report);
        } catch (XGBoostError e) {
            throw new IllegalStateException("the score could not be trained: " + e.getMessage(), e);
        }
    }

    /**
     * What the service ranks by without a score: each held-out account gets the rate at which accounts of its stage
     * had the event in the training share (the stage's observed roll rate, as priority.drl uses it).
     */
    static double[] stageRates(Split split) {
        Map<String, int[]> counts = new HashMap<>();
        for (Example e : split.training()) {
            int[] c = counts.computeIfAbsent(e.stage(), k -> new int[2]);
            c[0] += e.outcome();
            c[1]++;
        }
        double overall = split.training().stream().mapToInt(Example::outcome).average().orElse(0);
        return split.held().stream().mapToDouble(e -> {
            int[] c = counts.get(e.stage());
            return c == null || c[1] == 0 ? overall : (double) c[0] / c[1];
        }).toArray();
    }

    static float[][] features(List<Example> examples) {
        float[][] rows = new float[examples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = FeatureBuilder.features(examples.get(i).history());
        }
        return rows;
    }

    static int[] outcomes(List<Example> examples) {
        return examples.stream().mapToInt(Example::outcome).toArray();
    }

    private static Map<String, Object> trees(long seed) {
        Map<String, Object> p = common(seed);
        p.put("booster", "gbtree");
        p.put("tree_method", "hist");
        p.put("max_depth", DEPTH);
        p.put("eta", ETA);
        p.put("subsample", 0.8);
        p.put("colsample_bytree", 0.8);
        p.put("min_child_weight", 5);
        return p;
    }

    private static Map<String, Object> linear(long seed) {
        Map<String, Object> p = common(seed);
        p.put("booster", "gblinear");
        p.put("updater", "coord_descent");
        p.put("lambda", 0.01);
        p.put("eta", 0.5);
        return p;
    }

    private static Map<String, Object> common(long seed) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", "binary:logistic");
        p.put("seed", seed);
        p.put("nthread", Runtime.getRuntime().availableProcessors());
        p.put("verbosity", 0);
        return p;
    }

    private static Booster booster(float[][] rows, int[] outcome, Map<String, Object> params, int rounds)
            throws XGBoostError {
        try (ScoreModel.Matrix m = new ScoreModel.Matrix(rows)) {
            float[] labels = new float[outcome.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = outcome[i];
            }
            m.matrix.setLabel(labels);
            return XGBoost.train(m.matrix, params, rounds, Map.of(), null, null);
        }
    }

    private static double[] predict(Booster booster, float[][] rows) throws XGBoostError {
        try (ScoreModel.Matrix m = new ScoreModel.Matrix(rows)) {
            float[][] p = booster.predict(m.matrix);
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = p[i][0];
            }
            return out;
        }
    }

    private static Map<String, Map<String, Metrics>> byGroup(List<Example> held, double[] p) {
        Map<String, Map<String, Metrics>> out = new TreeMap<>();
        Map<String, Map<String, List<Integer>>> members = new TreeMap<>();
        for (int i = 0; i < held.size(); i++) {
            for (Map.Entry<String, String> g : held.get(i).groups().entrySet()) {
                members.computeIfAbsent(g.getKey(), k -> new TreeMap<>())
                        .computeIfAbsent(g.getValue(), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        members.forEach((group, values) -> {
            Map<String, Metrics> figures = new LinkedHashMap<>();
            values.forEach((value, rows) -> figures.put(value, Metrics.of(
                    rows.stream().mapToDouble(i -> p[i]).toArray(),
                    rows.stream().mapToInt(i -> held.get(i).outcome()).toArray())));
            out.put(group, figures);
        });
        return out;
    }

    /** Each feature's mean absolute contribution over the held-out accounts, largest first. */
    private static Map<ScoreFeature, Double> importance(float[][] contributions) {
        Map<ScoreFeature, Double> out = new LinkedHashMap<>();
        java.util.Arrays.stream(ScoreFeature.values())
                .map(f -> Map.entry(f, java.util.Arrays.stream(contributions)
                        .mapToDouble(row -> Math.abs(row[f.ordinal()])).average().orElse(0)))
                .sorted(Map.Entry.<ScoreFeature, Double>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
