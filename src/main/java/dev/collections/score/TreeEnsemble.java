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
    /** Per node, three ints: the split feature (its bits flipped, ~f, when a missing value goes left), left, right. */
    private final int[] links;
    /** Per node: a split's condition, a leaf's value. */
    private final float[] condition;
    /** Per node: its expected value less its parent's, what taking it adds to the split feature's contribution. */
    private final float[] delta;
    /** Each tree's first node. */
    private final int[] roots;
    private final double baseMargin;
    /** The bias of the contributions: the base margin and every tree's expected value. */
    private final float bias;
    private final int features;

    /*
     * Every node of every tree in three flat arrays, each tree's nodes side by side: the walk of a night that
     * interleaves it with the rule engine reads a few hundred kilobytes in order instead of seven small arrays per
     * tree scattered over the heap (bench/README.md: it halved the score's cost in the night).
     */
    private TreeEnsemble(java.util.List<Tree> trees, double baseMargin, int features) {
        int total = trees.stream().mapToInt(t -> t.left().length).sum();
        links = new int[total * 3];
        condition = new float[total];
        delta = new float[total];
        roots = new int[trees.size()];
        double expected = baseMargin;
        int offset = 0;
        for (int t = 0; t < roots.length; t++) {
            Tree tree = trees.get(t);
            roots[t] = offset;
            expected += tree.expected()[0];
            for (int i = 0; i < tree.left().length; i++) {
                int node = offset + i;
                boolean leaf = tree.left()[i] < 0;
                links[3 * node] = tree.defaultLeft()[i] ? ~tree.feature()[i] : tree.feature()[i];
                links[3 * node + 1] = leaf ? -1 : offset + tree.left()[i];
                links[3 * node + 2] = leaf ? -1 : offset + tree.right()[i];
                condition[node] = tree.condition()[i];
                delta[node] = tree.delta()[i];
            }
            offset += tree.left().length;
        }
        this.baseMargin = baseMargin;
        this.bias = (float) expected;
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
        java.util.List<Tree> trees = new java.util.ArrayList<>(list.size());
        for (int t = 0; t < list.size(); t++) {
            trees.add(Tree.of(list.get(t)));
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
            contributions[features] += bias;
        }
        for (int root : roots) {
            int node = root;
            int left;
            while ((left = links[3 * node + 1]) >= 0) {
                int f = links[3 * node];
                int feature = f < 0 ? ~f : f;
                float v = x[feature];
                int next = Float.isNaN(v) ? (f < 0 ? left : links[3 * node + 2])
                        : v < condition[node] ? left : links[3 * node + 2];
                if (contributions != null) {
                    contributions[feature] += delta[next];
                }
                node = next;
            }
            margin += condition[node];
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
    }
}
