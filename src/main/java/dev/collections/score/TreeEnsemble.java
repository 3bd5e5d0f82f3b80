package dev.collections.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A trained model's trees, read from XGBoost's JSON model, to score accounts in Java, one (an assessment) or a chunk
 * of the night together: no native call and no matrix per account, so the nightly triage can score a million
 * accounts within its budget (bench/README.md). It gives the same log-odds as XGBoost (ScoreModelTest compares every
 * UCI account) and, on the way, each feature's contribution by the path the account took (XGBoost's approximate
 * contributions, Saabas' method: at each split, the change in the expected value of the node), which add up to the
 * log-odds as SHAP values do, at a fraction of their cost. The reasons a score gives are these.
 */
final class TreeEnsemble {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The rows walked through the same trees before the next trees (see {@link #margins}). */
    private static final int BLOCK = 64;
    /** The trees a row walks side by side (see {@link #eight}). */
    private static final int SIDE_BY_SIDE = 8;
    /** The ints a node takes in {@link #nodes}. */
    private static final int NODE = 4;
    /**
     * Every node of every tree, {@link #NODE} ints each, so one step of a walk reads one place in memory:
     * <ol start="0">
     * <li>where its split reads the account: {@code 2 * feature}, plus one when a missing value goes right. The walk
     * reads a two-sided copy of the features in which a missing value is -infinity on the even side (it goes left)
     * and +infinity on the odd side (it goes right), so no node asks whether a value is missing;</li>
     * <li>where its left child starts in this array, the right one right after it. A leaf is its own child, read at
     * the last slot of the two-sided features, which always holds -infinity, so a walk of {@link #depth} steps stays
     * on the leaf it reached;</li>
     * <li>a split's condition, a leaf's value (the float's bits);</li>
     * <li>its expected value less its parent's, what taking it adds to the split feature's contribution (the
     * float's bits).</li>
     * </ol>
     */
    private final int[] nodes;
    /** Each tree's first node. */
    private final int[] roots;
    /** The most splits from a root to a leaf. */
    private final int depth;
    private final double baseMargin;
    /** The bias of the contributions: the base margin and every tree's expected value. */
    private final float bias;
    private final int features;

    /*
     * Every node of every tree in one flat array, each tree's nodes side by side and each split's children next to
     * each other, a node's four values together: the walk of a night that interleaves it with the rule engine reads a
     * few hundred kilobytes in order, one cache line a step rather than four (the rule engine has evicted them since
     * the account before), and picks a child by adding 0 or one node, not by a branch the processor must guess
     * (bench/README.md).
     */
    private TreeEnsemble(java.util.List<Tree> trees, double baseMargin, int features) {
        int total = trees.stream().mapToInt(t -> t.left().length).sum();
        nodes = new int[NODE * total];
        roots = new int[trees.size()];
        double expected = baseMargin;
        int offset = 0;
        int depth = 0;
        for (int t = 0; t < roots.length; t++) {
            Tree tree = trees.get(t);
            roots[t] = NODE * offset;
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
                int at = NODE * (offset + i);
                boolean leaf = tree.left()[node] < 0;
                nodes[at] = leaf ? 2 * features + 2 : 2 * tree.feature()[node] + (tree.defaultLeft()[node] ? 0 : 1);
                nodes[at + 1] = leaf ? at : NODE * placed[tree.left()[node]];
                nodes[at + 2] = Float.floatToRawIntBits(tree.condition()[node]);
                nodes[at + 3] = Float.floatToRawIntBits(tree.delta()[node]);
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
     * each feature's share of it added in. The same as {@link #margins} for one row.
     */
    double margin(float[] x, float[] contributions) {
        double[] margin = new double[1];
        margins(new float[][] {x}, margin, contributions == null ? null : new float[][] {contributions});
        return margin[0];
    }

    /**
     * The log-odds of each row of {@code x} into {@code margins}; with {@code contributions} (a row's: one per
     * feature, then the bias) each feature's share added in. Rows are walked {@link #BLOCK} at a time, each row eight
     * trees side by side, {@link #depth} steps each (their steps do not wait for one another, so the processor runs
     * them together), and the block's rows one after the other through the same eight trees: a night scores a chunk of
     * accounts together, and the trees it walks stay in the nearest cache instead of being fetched again for every
     * account after the rule engine has evicted them. Each row's sums are made in the same order however many rows
     * there are, so a row scored alone or among others gets the same bits. Without {@code contributions} (a night,
     * whose work items keep no reasons) the walk adds up no shares, and the log-odds are the same bits.
     */
    void margins(float[][] x, double[] margins, float[][] contributions) {
        int width = 2 * features + 4;
        int shares = features + 2;
        boolean explain = contributions != null;
        float[] sides = new float[Math.min(BLOCK, x.length) * width];
        // per row: each feature's contribution, then the bias, then where a leaf's own steps add (read by no one)
        float[] share = new float[Math.min(BLOCK, x.length) * shares];
        for (int from = 0; from < x.length; from += BLOCK) {
            int rows = Math.min(BLOCK, x.length - from);
            java.util.Arrays.fill(share, 0f);
            for (int r = 0; r < rows; r++) {
                float[] row = x[from + r];
                int o = r * width;
                for (int f = 0; f < features; f++) {
                    boolean missing = Float.isNaN(row[f]);
                    sides[o + 2 * f] = missing ? Float.NEGATIVE_INFINITY : row[f];
                    sides[o + 2 * f + 1] = missing ? Float.POSITIVE_INFINITY : row[f];
                }
                sides[o + 2 * features + 2] = Float.NEGATIVE_INFINITY; // a leaf's slot: it stays where it is
                margins[from + r] = baseMargin;
            }
            for (int t = 0; t < roots.length; t += SIDE_BY_SIDE) {
                if (t + SIDE_BY_SIDE <= roots.length && !explain) {
                    eight(t, sides, width, rows, margins, from);
                    continue;
                }
                for (int r = 0; r < rows; r++) {
                    margins[from + r] += some(t, Math.min(SIDE_BY_SIDE, roots.length - t), sides, r * width,
                            explain ? share : null, r * shares);
                }
            }
            for (int r = 0; explain && r < rows; r++) {
                float[] into = contributions[from + r];
                for (int f = 0; f < features; f++) {
                    into[f] += share[r * shares + f];
                }
                into[features] += bias;
            }
        }
    }

    /**
     * Adds to each of the block's {@code rows} margins (from {@code from}) the leaves it reaches in trees {@code t} to
     * {@code t + 7}, walked side by side: each step of a walk waits for the one before it, eight walks at a time keep
     * the processor busy (bench/README.md, "the fifth evening").
     */
    private void eight(int t, float[] sides, int width, int rows, double[] margins, int from) {
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            int a = roots[t];
            int b = roots[t + 1];
            int c = roots[t + 2];
            int d = roots[t + 3];
            int e = roots[t + 4];
            int f = roots[t + 5];
            int g = roots[t + 6];
            int h = roots[t + 7];
            for (int k = 0; k < depth; k++) {
                a = nodes[a + 1] + (sides[o + nodes[a]] < Float.intBitsToFloat(nodes[a + 2]) ? 0 : NODE);
                b = nodes[b + 1] + (sides[o + nodes[b]] < Float.intBitsToFloat(nodes[b + 2]) ? 0 : NODE);
                c = nodes[c + 1] + (sides[o + nodes[c]] < Float.intBitsToFloat(nodes[c + 2]) ? 0 : NODE);
                d = nodes[d + 1] + (sides[o + nodes[d]] < Float.intBitsToFloat(nodes[d + 2]) ? 0 : NODE);
                e = nodes[e + 1] + (sides[o + nodes[e]] < Float.intBitsToFloat(nodes[e + 2]) ? 0 : NODE);
                f = nodes[f + 1] + (sides[o + nodes[f]] < Float.intBitsToFloat(nodes[f + 2]) ? 0 : NODE);
                g = nodes[g + 1] + (sides[o + nodes[g]] < Float.intBitsToFloat(nodes[g + 2]) ? 0 : NODE);
                h = nodes[h + 1] + (sides[o + nodes[h]] < Float.intBitsToFloat(nodes[h + 2]) ? 0 : NODE);
            }
            margins[from + r] += leaf(a) + leaf(b) + leaf(c) + leaf(d) + leaf(e) + leaf(f) + leaf(g) + leaf(h);
        }
    }

    /**
     * As {@link #eight} for the {@code n} trees from {@code t} (the last few, or with shares), summed in the same
     * order, so a row gets the same bits either way; with {@code share} (a row's, from {@code q}) each step's change
     * added to the feature split on.
     */
    private float some(int t, int n, float[] sides, int o, float[] share, int q) {
        float sum = 0;
        for (int k = 0; k < n; k++) {
            int a = roots[t + k];
            for (int step = 0; step < depth; step++) {
                int side = nodes[a];
                a = nodes[a + 1] + (sides[o + side] < Float.intBitsToFloat(nodes[a + 2]) ? 0 : NODE);
                if (share != null) {
                    share[q + (side >> 1)] += Float.intBitsToFloat(nodes[a + 3]);
                }
            }
            sum += leaf(a);
        }
        return sum;
    }

    /** A leaf's value. */
    private float leaf(int node) {
        return Float.intBitsToFloat(nodes[node + 2]);
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
