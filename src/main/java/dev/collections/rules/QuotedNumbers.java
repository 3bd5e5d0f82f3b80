package dev.collections.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rule names and texts that quote a number instead of the parameter that holds it (parameters.drl): after the
 * number changes there, such a name or reason would still say the old one. Stage labels (M1, M4+) are names, not
 * numbers. Decision tables are exempt: a table's row holds its numbers and its name together.
 */
final class QuotedNumbers {
    private static final Pattern RULE = Pattern.compile("(?s)\\brule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)\\n\\s*end\\b");
    private static final Pattern TEXT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STAGE = Pattern.compile("\\bM[0-4]\\+?");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    private QuotedNumbers() {
    }

    /** One line per rule name or text that quotes a number, in file order. */
    static Set<String> in(Path directory) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                Matcher rule = RULE.matcher(Files.readString(file));
                while (rule.find()) {
                    String ruleName = rule.group(1);
                    if (quotes(ruleName)) {
                        found.add(name + ": rule \"" + ruleName + "\" quotes a number in its name");
                    }
                    String body = rule.group(2);
                    int then = body.indexOf("\nthen");
                    Matcher text = TEXT.matcher(then < 0 ? "" : withoutComments(body.substring(then)));
                    while (text.find()) {
                        if (quotes(text.group(1))) {
                            found.add(name + ": rule \"" + ruleName + "\" quotes a number in the text \""
                                    + text.group(1) + "\"");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static boolean quotes(String text) {
        return DIGIT.matcher(STAGE.matcher(text).replaceAll("")).find();
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?m)//.*$", "");
    }
}
