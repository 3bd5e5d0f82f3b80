package dev.collections.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason and note keys a rule file uses ({@code new Candidate( …, "key", kcontext, … )},
 * {@code setNote( "key" )}), each of which must be written in the language files: a missing one is found when the
 * rules compile, with its file and line, before any scenario runs.
 */
final class TextKeys {
    private static final Pattern REASON = Pattern.compile("new\\s+Candidate\\s*\\([^;]*?PolicyArea\\.\\w+\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern NOTE = Pattern.compile("setNote\\s*\\(\\s*\"([^\"]*)\"");

    private TextKeys() {
    }

    static List<RuleSet.RuleError> missing(Map<String, String> drlByFile, Texts texts) {
        List<RuleSet.RuleError> errors = new ArrayList<>();
        drlByFile.forEach((file, drl) -> {
            find(REASON, drl, file, errors, key -> texts.reasonKeys().contains(key), "reason");
            find(NOTE, drl, file, errors, key -> texts.noteKeys().contains(key), "note");
        });
        return errors;
    }

    private static void find(Pattern pattern, String drl, String file, List<RuleSet.RuleError> errors,
                             java.util.function.Predicate<String> known, String kind) {
        Matcher m = pattern.matcher(drl);
        while (m.find()) {
            if (!known.test(m.group(1))) {
                int line = (int) drl.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                errors.add(new RuleSet.RuleError(file, line, "the " + kind + " \"" + m.group(1) + "\" is not written in "
                        + Texts.file("en") + " and " + Texts.file("zh") + " (" + kind + "s:)"));
            }
        }
    }
}
