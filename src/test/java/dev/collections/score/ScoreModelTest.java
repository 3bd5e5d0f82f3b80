package dev.collections.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import dev.collections.policy.ScoreFeature;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java scorer the service decides with gives XGBoost's own probability for every UCI account, its path
 * contributions add up to the log-odds, and its first reason is mostly TreeSHAP's first reason (measured here).
 */
class ScoreModelTest {
    static ScoreModel model;
    static float[][] rows;

    @BeforeAll
    static void train() throws Exception {
        List<Example> examples = UciExamples.read(UciExamples.DATA);
        model = ScoreModel.load(ScoreTrainer.train("UCI", "default", Split.seeded(examples, 42, 0.3), 42).model()
                .bytes());
        rows = ScoreTrainer.features(examples);
    }

    @Test
    void theJavaScorerGivesXgboostsProbabilityForEveryAccount() {
        double[] expected = model.probabilities(rows);
        double worst = 0;
        for (int i = 0; i < rows.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - model.score(rows[i], 3).probability()));
        }
        assertTrue(worst < 1e-5, "largest difference " + worst);
    }

    @Test
    void accountsScoredTogetherGetTheSameProbabilityAndReasonsAsEachAlone() {
        // the night scores a chunk together, an assessment one account: every UCI account, to the bit
        List<ScoreModel.Scored> together = model.score(java.util.Arrays.asList(rows), 3);
        assertEquals(rows.length, together.size());
        for (int i = 0; i < rows.length; i++) {
            assertEquals(model.score(rows[i], 3), together.get(i), "account " + i);
        }
        assertEquals(List.of(), model.score(List.of(), 3));
    }

    @Test
    void theNightsScoresWithoutReasonsHaveTheSameProbabilities() {
        // the night asks for no reasons (its work items keep none): the same bits as an assessment's probability
        List<ScoreModel.Scored> night = model.score(java.util.Arrays.asList(rows), 0);
        for (int i = 0; i < rows.length; i++) {
            assertEquals(new ScoreModel.Scored(model.score(rows[i], 3).probability(), List.of()), night.get(i),
                    "account " + i);
        }
    }

    @Test
    void theReasonsAreTheLargestRaisingContributionsLargestFirstTiesInTheListsOrder() {
        // a worked case: ties, a zero, a negative, fewer raising features than asked
        float[] c = new float[FeatureBuilder.COUNT + 1];
        c[4] = 0.5f;
        c[2] = 0.5f;
        c[7] = 0.9f;
        c[1] = -1f;
        assertEquals(List.of(ScoreFeature.values()[7], ScoreFeature.values()[2], ScoreFeature.values()[4]),
                ScoreModel.topReasons(c, 3));
        assertEquals(List.of(ScoreFeature.values()[7], ScoreFeature.values()[2]), ScoreModel.topReasons(c, 2));
        assertEquals(List.of(), ScoreModel.topReasons(new float[FeatureBuilder.COUNT + 1], 3));
        // every UCI account's reasons as a stable sort of the raising features would give them
        for (float[] row : rows) {
            float[] path = model.pathContributions(row);
            List<ScoreFeature> sorted = java.util.Arrays.stream(ScoreFeature.values())
                    .filter(f -> path[f.ordinal()] > 0)
                    .sorted(java.util.Comparator.comparingDouble((ScoreFeature f) -> -path[f.ordinal()]))
                    .limit(3).toList();
            assertEquals(sorted, ScoreModel.topReasons(path, 3));
        }
    }

    @Test
    void pathContributionsAddUpToTheLogOddsAndTheFirstReasonIsMostlyTreeShaps() {
        float[][] shap = model.contributions(java.util.Arrays.copyOf(rows, 2_000));
        int same = 0;
        for (int i = 0; i < 2_000; i++) {
            float[] path = model.pathContributions(rows[i]);
            double sum = 0;
            for (float c : path) {
                sum += c;
            }
            double p = model.score(rows[i], 3).probability();
            assertEquals(Math.log(p / (1 - p)), sum, 1e-3);
            List<?> ours = ScoreModel.topReasons(path, 1);
            List<?> theirs = ScoreModel.topReasons(shap[i], 1);
            same += ours.equals(theirs) ? 1 : 0;
        }
        System.out.printf("first reason the same as TreeSHAP's for %d of 2,000 accounts%n", same);
        assertTrue(same >= 1_200, same + " of 2,000");
    }

    @Test
    void aFileThatIsNotAModelIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> ScoreModel.load("not a model".getBytes()));
        assertTrue(Files.exists(Path.of("datasets/uci-credit-card-default/UCI_Credit_Card.csv")));
    }
}
