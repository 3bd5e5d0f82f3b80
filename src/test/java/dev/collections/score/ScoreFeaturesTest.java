package dev.collections.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.policy.ScoreFeature;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The score reads behaviour only: no feature, and nothing the feature builder is given, names the customer's sex,
 * age, marital status, education, region or what stands in for them (docs/score.md).
 */
class ScoreFeaturesTest {
    static final Set<String> FORBIDDEN = Set.of("sex", "gender", "age", "birth", "born", "marital", "marriage",
            "married", "spouse", "education", "degree", "school", "region", "province", "city", "district", "address",
            "postcode", "zip", "nationality", "ethnic", "ethnicity", "religion", "hukou", "id", "card");

    @Test
    void noFeatureNamesWhoTheCustomerIs() {
        List<String> bad = new ArrayList<>();
        for (ScoreFeature f : ScoreFeature.values()) {
            forbidden(f.name(), bad);
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void nothingTheBuilderReadsNamesWhoTheCustomerIs() {
        List<String> bad = new ArrayList<>();
        components(ScoreHistory.class, bad);
        components(dev.collections.account.Behaviour.class, bad);
        assertEquals(List.of(), bad);
    }

    @Test
    void theCheckFindsAForbiddenName() {
        List<String> bad = new ArrayList<>();
        forbidden("CUSTOMER_AGE_BAND", bad);
        forbidden("maritalStatus", bad);
        forbidden("ARRANGEMENTS_BROKEN", bad);
        forbidden("PERCENTAGE_PAID", bad);
        assertEquals(List.of("CUSTOMER_AGE_BAND", "maritalStatus"), bad);
    }

    @Test
    void everyFeatureIsBuiltAndAHistoryWithoutPositionsIsMissingNotZero() {
        ScoreHistory none = new ScoreHistory(List.of(), null, null);
        float[] f = FeatureBuilder.features(none);
        assertEquals(ScoreFeature.values().length, f.length);
        assertTrue(Float.isNaN(f[ScoreFeature.DAYS_PAST_DUE.ordinal()]));
        ScoreHistory late = new ScoreHistory(List.of(position(0, 1000, 0), position(0, 1000, 500),
                position(45, 1200, 0), position(75, 1300, 0)), new BigDecimal("2600"), null);
        float[] g = FeatureBuilder.features(late);
        assertEquals(75, g[ScoreFeature.DAYS_PAST_DUE.ordinal()]);
        assertEquals(75, g[ScoreFeature.DAYS_PAST_DUE_TREND.ordinal()]);
        assertEquals(2, g[ScoreFeature.MONTHS_DELINQUENT_RUN.ordinal()]);
        assertEquals(0.5f, g[ScoreFeature.UTILISATION.ordinal()]);
        assertEquals(1, g[ScoreFeature.MONTHS_PAID_6.ordinal()]);
        assertEquals(0f, g[ScoreFeature.PAYMENT_RATIO_LAST.ordinal()]);
    }

    private static ScoreHistory.Position position(int dpd, int balance, int paid) {
        return new ScoreHistory.Position(dpd, dpd == 0 ? 0 : 100_00, balance * 100L, paid * 100L);
    }

    private static void components(Class<?> type, List<String> bad) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            forbidden(c.getName(), bad);
            components(c.getType(), bad);
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p) {
                Arrays.stream(p.getActualTypeArguments()).filter(Class.class::isInstance)
                        .forEach(t -> components((Class<?>) t, bad));
            }
        }
    }

    /** A name's words (CamelCase or UPPER_SNAKE), any of them forbidden. */
    private static void forbidden(String name, List<String> bad) {
        String[] words = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).split("_");
        if (Arrays.stream(words).anyMatch(FORBIDDEN::contains)) {
            bad.add(name);
        }
    }
}
