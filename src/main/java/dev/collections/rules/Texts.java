package dev.collections.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.collections.policy.ActionType;
import dev.collections.policy.CreditDecision;
import dev.collections.policy.Explanation;
import dev.collections.policy.HoldReason;
import dev.collections.policy.ReliefType;
import dev.collections.policy.SuppressionReason;
import dev.collections.policy.TaskType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the decisions say, in each language, from the rules directory's {@code language/en.yaml} and
 * {@code language/zh.yaml} (the analysts' files, versioned with the rules): each rule's display name, each reason a
 * rule gives (by key, with {@code {0}}, {@code {1}} … for the numbers it passes), each note, and the words for the
 * codes a decision shows (actions, what holds them back, tasks, offers, the credit report). The rules check refuses a
 * set where a rule, a reason or a word lacks a language, or where the languages' templates take other arguments.
 */
public final class Texts {
    public static final String DIRECTORY = "language";
    /** The languages every text must exist in, the first the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Class<? extends Enum<?>>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("actions", ActionType.class);
        WORDS.put("suppressions", SuppressionReason.class);
        WORDS.put("tasks", TaskType.class);
        WORDS.put("offers", ReliefType.class);
        WORDS.put("credit-decisions", CreditDecision.class);
        WORDS.put("holds", HoldReason.class);
        WORDS.put("recalls", dev.collections.policy.RecallReason.class);
        WORDS.put("score-features", dev.collections.policy.ScoreFeature.class);
        WORDS.put("score-bands", dev.collections.policy.ScoreBand.class);
    }

    /** No language files: every text is its key (a set that did not compile). */
    public static final Texts NONE = new Texts(Map.of(), List.of());

    private final Map<String, Language> languages;
    private final List<String> errors;

    /** One language's texts. */
    private record Language(Map<String, String> rules, Map<String, String> reasons, Map<String, String> notes,
                            Map<String, Map<String, String>> words, String step, String stepPrerequisites,
                            String capacity, String separator) {
    }

    private Texts(Map<String, Language> languages, List<String> errors) {
        this.languages = languages;
        this.errors = errors;
    }

    /** The texts of {@code files} (language tag → YAML), checked against each other and the rules' names. */
    static Texts parse(Map<String, String> files, Set<String> ruleNames) {
        List<String> errors = new ArrayList<>();
        Map<String, Language> languages = new LinkedHashMap<>();
        for (Locale locale : LANGUAGES) {
            String tag = locale.getLanguage();
            String text = files.get(tag);
            if (text == null) {
                errors.add(file(tag) + ": missing; every rule and reason is written in " + names());
                continue;
            }
            try {
                languages.put(tag, language(YAML.readTree(text), tag, errors));
            } catch (java.io.IOException e) {
                errors.add(file(tag) + ": not readable YAML: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        if (errors.isEmpty()) {
            compare(languages, ruleNames, errors);
        }
        return new Texts(languages, List.copyOf(errors));
    }

    public List<String> errors() {
        return errors;
    }

    private static Language language(JsonNode root, String tag, List<String> errors) {
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        JsonNode w = root.path("words");
        WORDS.forEach((group, type) -> words.put(group, strings(w.path(group), tag, "words." + group, errors)));
        return new Language(strings(root.path("rules"), tag, "rules", errors),
                strings(root.path("reasons"), tag, "reasons", errors), strings(root.path("notes"), tag, "notes", errors),
                words, text(w.path("step"), tag, "words.step", errors),
                text(w.path("step-prerequisites"), tag, "words.step-prerequisites", errors),
                text(w.path("capacity"), tag, "words.capacity", errors), w.path("separator").asText("; "));
    }

    private static Map<String, String> strings(JsonNode node, String tag, String section, List<String> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            errors.add(file(tag) + ": " + section + " is a list of  key: text  lines");
            return map;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().asText().isBlank()) {
                errors.add(file(tag) + ": " + section + "." + e.getKey() + " has no text");
            } else {
                map.put(e.getKey(), e.getValue().asText());
            }
        }
        return map;
    }

    private static String text(JsonNode node, String tag, String section, List<String> errors) {
        if (!node.isValueNode() || node.asText().isBlank()) {
            errors.add(file(tag) + ": " + section + " is missing");
            return "";
        }
        return node.asText();
    }

    /** Every rule, reason, note and word in every language, with the same arguments. */
    private static void compare(Map<String, Language> languages, Set<String> ruleNames, List<String> errors) {
        Language en = languages.get("en");
        for (var entry : languages.entrySet()) {
            String tag = entry.getKey();
            Language l = entry.getValue();
            if (!tag.equals("en")) {
                for (String rule : new TreeSet<>(ruleNames)) {
                    if (!l.rules().containsKey(rule)) {
                        errors.add(file(tag) + ": rule \"" + rule + "\" has no name in this language (rules:)");
                    }
                }
            }
            for (var section : Map.of("reasons", l.reasons(), "notes", l.notes()).entrySet()) {
                section.getValue().forEach((key, template) -> {
                    if (PLACEHOLDER.matcher(template).replaceAll("").matches(".*\\d.*")) {
                        errors.add(file(tag) + ": " + section.getKey() + "." + key + " writes a number: write {0}, {1} …"
                                + " and let the rule pass it from parameters.drl");
                    }
                });
            }
            checkPlaceholders(tag, "words.step", l.step(), Set.of(0, 1, 2), errors);
            checkPlaceholders(tag, "words.step-prerequisites", l.stepPrerequisites(), Set.of(0, 1), errors);
            checkPlaceholders(tag, "words.capacity", l.capacity(), Set.of(0, 1), errors);
            WORDS.forEach((group, type) -> {
                for (Enum<?> code : type.getEnumConstants()) {
                    if (!l.words().get(group).containsKey(code.name())) {
                        errors.add(file(tag) + ": words." + group + " has no word for " + code.name());
                    }
                }
            });
        }
        for (var entry : languages.entrySet()) {
            if (entry.getKey().equals("en")) {
                continue;
            }
            Language other = entry.getValue();
            sameKeys("reasons", en.reasons(), other.reasons(), entry.getKey(), errors);
            sameKeys("notes", en.notes(), other.notes(), entry.getKey(), errors);
        }
    }

    private static void sameKeys(String section, Map<String, String> en, Map<String, String> other, String tag,
                                 List<String> errors) {
        for (String key : new TreeSet<>(en.keySet())) {
            if (!other.containsKey(key)) {
                errors.add(file(tag) + ": " + section + "." + key + " is missing (" + file("en") + " has it)");
            } else if (!placeholders(en.get(key)).equals(placeholders(other.get(key)))) {
                errors.add(file(tag) + ": " + section + "." + key + " takes " + placeholders(other.get(key))
                        + " but " + file("en") + " takes " + placeholders(en.get(key)));
            }
        }
        other.keySet().stream().filter(k -> !en.containsKey(k)).forEach(k -> errors.add(file("en") + ": " + section
                + "." + k + " is missing (" + file(tag) + " has it)"));
    }

    private static void checkPlaceholders(String tag, String what, String template, Set<Integer> expected,
                                          List<String> errors) {
        if (!template.isEmpty() && !placeholders(template).equals(new TreeSet<>(expected))) {
            errors.add(file(tag) + ": " + what + " must use " + new TreeSet<>(expected) + ", not "
                    + placeholders(template));
        }
    }

    /** The argument numbers a template uses. */
    static TreeSet<Integer> placeholders(String template) {
        TreeSet<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** The reasons' keys the language files give (for the rules check). */
    Set<String> reasonKeys() {
        Language en = languages.get("en");
        return en == null ? Set.of() : en.reasons().keySet();
    }

    /** The notes' keys the language files give. */
    Set<String> noteKeys() {
        Language en = languages.get("en");
        return en == null ? Set.of() : en.notes().keySet();
    }

    /**
     * Why {@code e} cannot be said: its reason or note has no template, or the rule passed other arguments than
     * the template takes; null when every language can say it.
     */
    public String unsayable(Explanation e) {
        for (var l : languages.entrySet()) {
            String template = l.getValue().reasons().get(e.reason());
            if (template == null) {
                return "reason \"" + e.reason() + "\" is not in " + file(l.getKey());
            }
            Set<Integer> wanted = placeholders(template);
            Set<Integer> given = new TreeSet<>();
            for (int i = 0; i < e.arguments().size(); i++) {
                given.add(i);
            }
            if (!wanted.equals(given)) {
                return "reason \"" + e.reason() + "\" in " + file(l.getKey()) + " takes " + wanted + ", the rule gives "
                        + e.arguments().size() + " argument(s)";
            }
            if (e.note() != null && !l.getValue().notes().containsKey(e.note())) {
                return "note \"" + e.note() + "\" is not in " + file(l.getKey());
            }
        }
        return null;
    }

    /** The language of {@code locale} that the texts have, else English. */
    private Language in(Locale locale) {
        Language l = locale == null ? null : languages.get(locale.getLanguage());
        return l != null ? l : languages.get("en");
    }

    /** The reason for the next action in {@code locale}: the rule's reason, then each rung stepped down past. */
    public String reason(Explanation e, Locale locale) {
        Language l = in(locale);
        if (l == null) {
            return e.encode();
        }
        StringBuilder text = new StringBuilder(fill(l.reasons().getOrDefault(e.reason(), e.reason()), e.arguments()));
        for (Explanation.Step step : e.steps()) {
            text.append(l.separator());
            if (step.suppressedBy().isEmpty()) {
                text.append(fill(l.stepPrerequisites(), List.of(word(l, "actions", step.rung()),
                        word(l, "actions", step.next()))));
            } else {
                StringBuilder why = new StringBuilder();
                for (SuppressionReason s : step.suppressedBy()) {
                    why.append(why.length() == 0 ? "" : ", ").append(word(l, "suppressions", s));
                }
                text.append(fill(l.step(), List.of(word(l, "actions", step.rung()), why.toString(),
                        word(l, "actions", step.next()))));
            }
        }
        return text.toString();
    }

    /**
     * A reason kept in no language ({@link Explanation#encode}) as {@code locale} says it, its note in brackets;
     * a text of another kind (a reason stored before the language files) as it is.
     */
    public String stored(String encoded, Locale locale) {
        Explanation e = Explanation.decode(encoded);
        if (e == null) {
            return encoded;
        }
        String note = note(e, locale);
        return note == null ? reason(e, locale) : reason(e, locale) + " (" + note + ")";
    }

    /** A reason of an account stepped down because {@code full}'s team had no capacity left. */
    public String atCapacity(Enum<?> full, String reason, Locale locale) {
        Language l = in(locale);
        return l == null ? "CAPACITY: " + full + " was full; " + reason
                : fill(l.capacity(), List.of(word(full, locale), reason));
    }

    /** The note of {@code e} in {@code locale}, or null. */
    public String note(Explanation e, Locale locale) {
        Language l = in(locale);
        return e.note() == null ? null : l == null ? e.note() : l.notes().getOrDefault(e.note(), e.note());
    }

    /** A rule's name as {@code locale} reads it (English: the rule's own name unless the file gives another). */
    public String ruleName(String rule, Locale locale) {
        Language l = in(locale);
        return rule == null || l == null ? rule : l.rules().getOrDefault(rule, rule);
    }

    /** The word for a code of a decision (an action, a hold, a task, an offer, a credit report). */
    public String word(Enum<?> code, Locale locale) {
        Language l = in(locale);
        if (code == null || l == null) {
            return code == null ? null : code.name();
        }
        for (var group : WORDS.entrySet()) {
            if (group.getValue() == code.getDeclaringClass()) {
                return word(l, group.getKey(), code);
            }
        }
        return code.name();
    }

    private static String word(Language l, String group, Enum<?> code) {
        return l.words().get(group).getOrDefault(code.name(), code.name());
    }

    /** {@code template} with each {@code {n}} replaced by the n-th argument (one the arguments lack stays as it is). */
    static String fill(String template, List<String> arguments) {
        int brace = template.indexOf('{');
        if (brace < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16).append(template, 0, brace);
        for (int i = brace; i < template.length(); ) {
            int end = i + 1;
            while (template.charAt(i) == '{' && end < template.length() && template.charAt(end) >= '0'
                    && template.charAt(end) <= '9') { // ASCII digits, as the checks' \d
                end++;
            }
            if (end > i + 1 && end < template.length() && template.charAt(end) == '}') {
                int n = Integer.parseInt(template, i + 1, end, 10);
                out.append(n < arguments.size() ? arguments.get(n) : template.substring(i, end + 1));
                i = end + 1;
            } else {
                out.append(template.charAt(i++));
            }
        }
        return out.toString();
    }

    static String file(String tag) {
        return DIRECTORY + "/" + tag + ".yaml";
    }

    private static String names() {
        return String.join(" and ", LANGUAGES.stream().map(l -> file(l.getLanguage())).toList());
    }
}
