package dev.collections.console;

import dev.collections.rules.ActiveRuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For templates ({@code inject:say.…}): a rule's name in the page's language, from the live rule set's language
 * files ({@code rules/language/}); the policy lines a rule's comment cites. The rule's own name (the code) stays
 * the page's tooltip.
 */
@ApplicationScoped
@Named("say")
public class RuleWords {
    private static final Pattern POLICY_LINE = Pattern.compile("\\b[A-Z]{1,2}\\d+[a-z]?\\b");
    private final ActiveRuleSet active;

    public RuleWords(ActiveRuleSet active) {
        this.active = active;
    }

    /** The rule's name in {@code lang} (zh or en); the name itself when the language files do not say it. */
    public String rule(String name, String lang) {
        var rules = active.current();
        return rules == null || name == null ? name : rules.texts().ruleName(name, Locale.forLanguageTag(lang));
    }

    /** The policy lines a rule's comment cites ("AG1, AG5"), or "-" when it cites none. */
    public String policyLines(String comment) {
        if (comment == null) {
            return "-";
        }
        Matcher m = POLICY_LINE.matcher(comment);
        java.util.Set<String> lines = new java.util.LinkedHashSet<>();
        while (m.find()) {
            lines.add(m.group());
        }
        return lines.isEmpty() ? "-" : String.join(", ", lines);
    }
}
