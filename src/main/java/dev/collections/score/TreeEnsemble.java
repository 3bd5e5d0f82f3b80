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
    /**
     * Per node, where its split reads the account: {@code 2 * feature}, plus one when a missing value goes right.
     * The walk reads a two-sided copy of the features in which a missing value is -infinity on the even side (it goes
     * left) and +infinity on the odd side (it goes right), so no node asks whether a value is missing.
     */
    private final int[] slot;
    /**
     * Per node, its left child, the right one right after it. A leaf is its own child, read at the last slot of the
     * two-sided features, which always holds -infinity, so a walk of {@link #depth} steps stays on the leaf it reached.
     */
    private final int[] left;
    /** Per node: a split's condition, a leaf's value. */
    private final float[] condition;
    /** Per node: its expected value less its parent's, what taking it adds to the split feature's contribution. */
    private final float[] delta;
    /** Each tree's first node. */
    private final int[] roots;
    /** The most splits from a root to a leaf. */
    private final int depth;
    private final double baseMargin;
    /** The bias of the contributions: the base margin and every tree's expected value. */
    private final float bias;
    private final int features;

    /*
     * Every node of every tree in four flat arrays, each tree's nodes side by side and each split's children next to
     * each other: the walk of a night that interleaves it with the rule engine reads a few hundred kilobytes in order
     * instead of small arrays scattered over the heap, and picks a child by adding 0 or 1, not by a branch the
     * processor must guess (bench/README.md).
     */
    private TreeEnsemble(java.util.List<Tree> trees, double baseMargin, int features) {
        int total = trees.stream().mapToInt(t -> t.left().length).sum();
        slot = new int[total];
        left = new int[total];
        condition = new float[total];
        delta = new float[total];
        roots = new int[trees.size()];
        double expected = baseMargin;
        int offset = 0;
        int depth = 0;
        for (int t = 0; t < roots.length; t++) {
            Tree tree = trees.get(t);
            roots[t] = offset;
            expected += tree.expected()[0];
            // breadth first from the root, each split's two children placed together
            int[] order = new int[tree.left().length];
            int[] placed = new int[tree.left().length];
            int next = 1;
            for (int i = 0; i < next; i++) {
                int node = order[i];
                placed[node] = offset + i;
                if (tree.left()[node] >= 0) {
                    order[next++] = tree.left()[node];
                    order[next++] = tree.right()[node];
                }
            }
            for (int i = 0; i < next; i++) {
                int node = order[i];
                int at = offset + i;
                boolean leaf = tree.left()[node] < 0;
                slot[at] = leaf ? 2 * features + 2 : 2 * tree.feature()[node] + (tree.defaultLeft()[node] ? 0 : 1);
                left[at] = leaf ? at : placed[tree.left()[node]];
                condition[at] = tree.condition()[node];
                delta[at] = tree.delta()[node];
            }
            offset += next;
            depth = Math.max(depth, tree.depth());
        }
        this.depth = depth;
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
     * each feature's share of it added in. Four trees are walked side by side, {@link #depth} steps each: their
     * steps do not wait for one another, so the processor runs them together.
     */
    double margin(float[] x, float[] contributions) {
        float[] sides = new float[2 * features + 4];
        for (int f = 0; f < features; f++) {
            boolean missing = Float.isNaN(x[f]);
            sides[2 * f] = missing ? Float.NEGATIVE_INFINITY : x[f];
            sides[2 * f + 1] = missing ? Float.POSITIVE_INFINITY : x[f];
        }
        sides[2 * features + 2] = Float.NEGATIVE_INFINITY; // a leaf's slot: it stays where it is
        // each feature's contribution, then the bias, then where a leaf's own steps add (read by no one)
        float[] share = new float[features + 2];
        int t = 0;
        double margin = baseMargin;
        for (; t + 4 <= roots.length; t += 4) {
            int a = roots[t];
            int b = roots[t + 1];
            int c = roots[t + 2];
            int d = roots[t + 3];
            for (int k = 0; k < depth; k++) {
                int sa = slot[a];
                int sb = slot[b];
                int sc = slot[c];
                int sd = slot[d];
                a = left[a] + (sides[sa] < condition[a] ? 0 : 1);
                b = left[b] + (sides[sb] < condition[b] ? 0 : 1);
                c = left[c] + (sides[sc] < condition[c] ? 0 : 1);
                d = left[d] + (sides[sd] < condition[d] ? 0 : 1);
                share[sa >> 1] += delta[a];
                share[sb >> 1] += delta[b];
                share[sc >> 1] += delta[c];
                share[sd >> 1] += delta[d];
            }
            margin += condition[a] + condition[b] + condition[c] + condition[d];
        }
        for (; t < roots.length; t++) {
            int a = roots[t];
            for (int k = 0; k < depth; k++) {
                int sa = slot[a];
                a = left[a] + (sides[sa] < condition[a] ? 0 : 1);
                share[sa >> 1] += delta[a];
            }
            margin += condition[a];
        }
        if (contributions != null) {
            for (int f = 0; f < features; f++) {
                contributions[f] += share[f];
            }
            contributions[features] += bias;
        }
        return margin;
    }

    /** One tree as XGBoost keeps it: arrays indexed by node; a leaf has no left child and its value as condition. */
    private record Tree(int[] left, int[] right, int[] feature, float[] condition, boolean[] defaultLeft,
                        double[] expected, float[] delta) {

        /** The most splits from the root to a leaf. */
        int depth() {
            int[] level = new int[left.length];
            int deepest = 0;
            for (int i = 0; i < left.length; i++) { // a child comes after its parent
                if (left[i] >= 0) {
                    level[left[i]] = level[i] + 1;
                    level[right[i]] = level[i] + 1;
                    deepest = Math.max(deepest, level[i] + 1);
                }
            }
            return deepest;
        }

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
