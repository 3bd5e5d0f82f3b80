package dev.collections.rules;

import dev.collections.model.Assessment;
import dev.collections.policy.Explanation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * The language a decision is said in: the caller's ({@code Accept-Language}: Chinese for {@code zh…}, English for
 * {@code en…}), else the configured default ({@code collections.assessment.default-language}); and the decision's
 * reason and note said in it, with the texts of the rule set that decided it. Codes stay as they are.
 */
@ApplicationScoped
public class DecisionLanguage {
    private final KnownRuleSets known;
    private final Locale fallback;

    public DecisionLanguage(KnownRuleSets known, AssessmentConfig config) {
        this.known = known;
        this.fallback = supported(config.defaultLanguage());
    }

    public Locale defaultLanguage() {
        return fallback;
    }

    /** The first of the caller's languages the decisions can be said in, else the default. */
    public Locale of(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    Locale found = supportedOrNull(range.getRange());
                    if (found != null && range.getWeight() > 0) {
                        return found;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return fallback;
            }
        }
        return fallback;
    }

    /** {@code answer} with its reason and note in {@code language} (as it is when it cannot be said otherwise). */
    public Assessment said(Assessment answer, Locale language) {
        Explanation e = answer.nextAction() == null ? null : answer.nextAction().explanation();
        if ((e == null && answer.score() == null) || Locale.ENGLISH.getLanguage().equals(language.getLanguage())) {
            return answer;
        }
        return said(answer, known.texts(answer.rulesetVersion()), language);
    }

    /** As above, with the texts of the rule set that decided (a candidate the service does not serve). */
    public static Assessment said(Assessment answer, Texts texts, Locale language) {
        Explanation e = answer.nextAction() == null ? null : answer.nextAction().explanation();
        if (texts == Texts.NONE) {
            return answer;
        }
        Assessment said = e == null ? answer
                : answer.with(answer.nextAction().said(texts.reason(e, language), texts.note(e, language)));
        Assessment.ScoreView score = said.score();
        return score == null ? said : said.with(new Assessment.ScoreView(score.probability(), score.band(),
                score.model(), score.reasons().stream()
                .map(r -> new Assessment.ScoreReason(r.feature(), texts.word(r.feature(), language))).toList()));
    }

    /** An encoded explanation (as stored) said in {@code language}, with the texts of {@code version}. */
    public String reason(String version, String encoded, Locale language) {
        return known.texts(version).stored(encoded, language);
    }

    private static Locale supported(String tag) {
        Locale found = supportedOrNull(tag);
        return found == null ? Locale.ENGLISH : found;
    }

    private static Locale supportedOrNull(String tag) {
        String t = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        for (Locale l : List.copyOf(Texts.LANGUAGES)) {
            if (t.equals(l.getLanguage()) || t.startsWith(l.getLanguage() + "-")) {
                return l;
            }
        }
        return null;
    }
}
