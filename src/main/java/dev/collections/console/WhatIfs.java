package dev.collections.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.assessment.RecordedAssessments;
import dev.collections.common.ProblemException;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.collections.rules.DecisionLanguage;
import dev.collections.rules.KnownRuleSets;
import dev.collections.rules.Texts;

/**
 * What an account would get if some of its facts were different: it is assessed from its record as it stands and
 * again with the changed facts laid over it, nothing stored, and the two decisions are compared.
 */
@ApplicationScoped
public class WhatIfs {
    private final RecordedAssessments assessments;
    private final ObjectMapper json;
    private final DecisionLanguage language;
    private final KnownRuleSets known;

    public WhatIfs(RecordedAssessments assessments, ObjectMapper json, DecisionLanguage language,
                   KnownRuleSets known) {
        this.assessments = assessments;
        this.json = json;
        this.language = language;
        this.known = known;
    }

    /** One line of the comparison: what, now, with the change. */
    public record Line(String what, String now, String changed) {
        public boolean differs() {
            return !String.valueOf(now).equals(String.valueOf(changed));
        }
    }

    /**
     * A value the what-if refused: the fact (its code; the page names it in words), the value asked and the check's
     * own words (for a tooltip).
     */
    public record Refusal(String fact, String value, String detail) {
    }

    /** The comparison, or why the changed facts were refused; rules by their name in the page's language. */
    public record Result(List<Line> lines, List<AccountTraces.Said> firedAdded, List<AccountTraces.Said> firedRemoved,
                         List<Refusal> refused) {
    }

    /**
     * {@code changes}: fact name to its new value, for the facts the form offers (days past due, amounts); the
     * reasons and rule names said in {@code locale}.
     */
    public Result of(String accountId, Map<String, Object> changes, Locale locale) {
        Assessment now = language.said(assessments.preview(accountId, null), locale);
        Assessment changed;
        try {
            changed = language.said(assessments.preview(accountId, json.convertValue(changes, AccountFacts.class)),
                    locale);
        } catch (ProblemException e) {
            List<Refusal> refused = new ArrayList<>();
            if (e.problem().violations() != null) {
                e.problem().violations().forEach(v -> refused.add(new Refusal(v.field(),
                        String.valueOf(changes.getOrDefault(v.field(), "")), v.message())));
            } else {
                refused.add(new Refusal("", "", e.problem().detail()));
            }
            return new Result(List.of(), List.of(), List.of(), refused);
        }
        Map<String, String[]> compared = new LinkedHashMap<>();
        compared.put("stage", new String[] {now.stage().label(), changed.stage().label()});
        compared.put("next_action", new String[] {now.nextAction().type().name(), changed.nextAction().type().name()});
        compared.put("reason", new String[] {now.nextAction().reason(), changed.nextAction().reason()});
        Texts texts = known.texts(now.rulesetVersion());
        compared.put("credit_report", new String[] {texts.word(now.creditReport().decision(), locale),
                texts.word(changed.creditReport().decision(), locale)});
        compared.put("priority", new String[] {priority(now), priority(changed)});
        List<Line> lines = compared.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue()[0],
                e.getValue()[1])).toList();
        List<String> added = new ArrayList<>(changed.firedRules());
        added.removeAll(now.firedRules());
        List<String> removed = new ArrayList<>(now.firedRules());
        removed.removeAll(changed.firedRules());
        return new Result(lines, said(texts, added, locale), said(texts, removed, locale), List.of());
    }

    private static List<AccountTraces.Said> said(Texts texts, List<String> rules, Locale locale) {
        return rules.stream().map(r -> new AccountTraces.Said(texts.ruleName(r, locale), r)).toList();
    }

    private static String priority(Assessment a) {
        return a.priority() == null ? "-" : a.priority().value().toPlainString();
    }

    /** The form's values: blank means unchanged; anything else must be a number. */
    public static Map<String, Object> changes(String daysPastDue, String overdueAmount, String outstandingBalance,
                                              List<Refusal> refused) {
        Map<String, Object> changes = new LinkedHashMap<>();
        put(changes, "daysPastDue", daysPastDue, true, refused);
        put(changes, "overdueAmount", overdueAmount, false, refused);
        put(changes, "outstandingBalance", outstandingBalance, false, refused);
        return changes;
    }

    private static void put(Map<String, Object> changes, String fact, String value, boolean whole,
                            List<Refusal> refused) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            changes.put(fact, whole ? (Object) Integer.valueOf(value.strip()) : new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            refused.add(new Refusal(fact, value.strip(), "not a number"));
        }
    }
}
