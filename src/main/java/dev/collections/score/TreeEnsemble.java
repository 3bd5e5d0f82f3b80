package dev.collections.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A trained model's trees, read from XGBoost's JSON model, to score one account in Java: no native call and no
 * matrix per account, so the nightly triage can score a million accounts within its budget (bench/README.md). It
 * gives the same log-odds as XGBoost (ScoreModelTest compares every UCI account) and, on the way, each feature's
 * contribution by the path the account took (XGBoost's approximate contributions, Saabas' method: at each split, the
 * change in the expected value of the node), which add up to the log-odds as SHAP values do, at a fraction of their
 * cost. The reasons a score gives are these.
 */
final class TreeEnsemble {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Tree[] trees;
    private final double baseMargin;
    private final int features;

    private TreeEnsemble(Tree[] trees, double baseMargin, int features) {
        this.trees = trees;
        this.baseMargin = baseMargin;
        this.features = features;
    }

    static TreeEnsemble of(byte[] json) throws IOException {
        JsonNode learner = JSON.readTree(json).path("learner");
        if (!"binary:logistic".equals(learner.path("objective").path("name").asText())) {
            throw new IOException("not a model of a probability (binary:logistic)");
        }
        JsonNode param = learner.path("learner_model_param");
        double base = Double.parseDouble(param.path("base_score").asText().replace("[", "").replace("]", ""));
        JsonNode list = learner.path("gradient_booster").path("model").path("trees");
        Tree[] trees = new Tree[list.size()];
        for (int t = 0; t < trees.length; t++) {
            trees[t] = Tree.of(list.get(t));
        }
        return new TreeEnsemble(trees, Math.log(base / (1 - base)), param.path("num_feature").asInt());
    }

    int features() {
        return features;
    }

    /**
     * The log-odds for {@code x} (NaN is missing); with {@code contributions} (one per feature, then the bias)
     * each feature's share of it added in.
     */
    double margin(float[] x, float[] contributions) {
        double margin = baseMargin;
        if (contributions != null) {
            contributions[features] += (float) baseMargin;
        }
        for (Tree tree : trees) {
            margin += tree.walk(x, contributions, features);
        }
        return margin;
    }

    /** One tree as XGBoost keeps it: arrays indexed by node; a leaf has no left child and its value as condition. */
    private record Tree(int[] left, int[] right, int[] feature, float[] condition, boolean[] defaultLeft,
                        double[] expected, float[] delta) {

        static Tree of(JsonNode t) {
            int n = t.path("left_children").size();
            int[] left = new int[n];
            int[] right = new int[n];
            int[] feature = new int[n];
            float[] condition = new float[n];
            boolean[] defaultLeft = new boolean[n];
            double[] cover = new double[n];
            for (int i = 0; i < n; i++) {
                left[i] = t.path("left_children").get(i).asInt();
                right[i] = t.path("right_children").get(i).asInt();
                feature[i] = t.path("split_indices").get(i).asInt();
                condition[i] = Float.parseFloat(t.path("split_conditions").get(i).asText());
                defaultLeft[i] = t.path("default_left").get(i).asInt() != 0;
                cover[i] = t.path("sum_hessian").get(i).asDouble();
            }
            double[] expected = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                expected[i] = expected(i, left, right, condition, cover, expected);
            }
            // each node's expected value less its parent's: what taking it adds to the split feature's contribution
            float[] delta = new float[n];
            for (int i = 0; i < n; i++) {
                if (left[i] >= 0) {
                    delta[left[i]] = (float) (expected[left[i]] - expected[i]);
                    delta[right[i]] = (float) (expected[right[i]] - expected[i]);
                }
            }
            return new Tree(left, right, feature, condition, defaultLeft, expected, delta);
        }

        /** A leaf's value; a split's, the cover-weighted mean of its children's (children come after parents). */
        private static double expected(int i, int[] left, int[] right, float[] condition, double[] cover,
                                       double[] expected) {
            if (left[i] < 0) {
                return condition[i];
            }
            double l = cover[left[i]];
            double r = cover[right[i]];
            return l + r <= 0 ? (expected[left[i]] + expected[right[i]]) / 2
                    : (l * expected[left[i]] + r * expected[right[i]]) / (l + r);
        }

        double walk(float[] x, float[] contributions, int bias) {
            int node = 0;
            if (contributions != null) {
                contributions[bias] += (float) expected[0];
            }
            while (left[node] >= 0) {
                float v = x[feature[node]];
                int next = Float.isNaN(v) ? (defaultLeft[node] ? left[node] : right[node])
                        : v < condition[node] ? left[node] : right[node];
                if (contributions != null) {
                    contributions[feature[node]] += delta[next];
                }
                node = next;
            }
            return condition[node];
        }
    }
}
