package dev.collections.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rule compiler's messages into words an analyst reads: the file and the line where the mistake is (a
 * bracket opened and never closed, a rule without its {@code end}, a text whose quote is not closed), what is wrong,
 * without parser codes or Java class names, each mistake once. Messages it does not recognise keep the compiler's
 * text, cleaned of its codes.
 */
final class AnalystErrors {
    private static final Pattern PARSER = Pattern.compile(
            "\\[ERR \\d+] Line (\\d+):(\\d+) (mismatched input|no viable alternative at input|extraneous input"
                    + "|missing \\S+ at) '([^']*)'(?: expecting [^\\n]*?)?(?: in rule \"?([^\"\\n]*)\"?)?[\\s\\S]*");
    private static final Pattern NO_FIELD = Pattern.compile(
            "[\\s\\S]*unable to resolve method using strict-mode: [\\w.]*\\.(\\w+)\\.(?:get|is)?(\\w+)\\(\\)[\\s\\S]*");
    private static final Pattern NO_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'[\\s\\S]*");
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final String VOCABULARY = " (docs/rules-vocabulary.md lists the facts and their fields)";

    private AnalystErrors() {
    }

    /** The errors of one compilation, with each DRL file's text by its name to find where a mistake is. */
    static List<RuleSet.RuleError> explain(List<RuleSet.RuleError> raw, Map<String, String> drlByFile) {
        Set<RuleSet.RuleError> explained = new LinkedHashSet<>();
        for (RuleSet.RuleError e : raw) {
            if (e.message().startsWith(NULL_PACKAGE)
                    && raw.stream().anyMatch(o -> o != e && java.util.Objects.equals(o.file(), e.file()))) {
                continue; // a consequence of the file's other errors, not a mistake of its own
            }
            String text = e.file() == null ? null : drlByFile.get(e.file());
            explained.add(text == null ? e : explain(e, text));
        }
        return List.copyOf(explained);
    }

    private static RuleSet.RuleError explain(RuleSet.RuleError e, String text) {
        String message = e.message().strip();
        Matcher parser = PARSER.matcher(message);
        if (parser.matches()) {
            int line = Integer.parseInt(parser.group(1));
            String structural = DrlStructure.firstMistakeUpTo(text, line);
            if (structural != null) {
                int at = structural.indexOf(':');
                return new RuleSet.RuleError(e.file(), Integer.valueOf(structural.substring(0, at)),
                        structural.substring(at + 2));
            }
            String token = parser.group(4).isEmpty() ? "the end of the file" : "'" + parser.group(4) + "'";
            String rule = parser.group(5) == null ? "" : " in rule \"" + parser.group(5).strip() + "\"";
            return new RuleSet.RuleError(e.file(), line, token + " was not expected here" + rule);
        }
        Matcher field = NO_FIELD.matcher(message);
        if (field.matches()) {
            String name = Character.toLowerCase(field.group(2).charAt(0)) + field.group(2).substring(1);
            return new RuleSet.RuleError(e.file(), e.line(), field.group(1) + " has no field '" + name + "'"
                    + VOCABULARY);
        }
        Matcher type = NO_TYPE.matcher(message);
        if (type.matches()) {
            return new RuleSet.RuleError(e.file(), e.line(), "there is no fact called '" + type.group(1) + "'"
                    + VOCABULARY);
        }
        if (message.startsWith("Rule Compilation error")) {
            message = "the 'then' part does not compile: "
                    + message.substring("Rule Compilation error".length()).strip().replace("\n", "; ");
        }
        return new RuleSet.RuleError(e.file(), e.line(), message.replaceAll("\\[ERR \\d+] Line \\d+:\\d+ ", ""));
    }

    /** Finds the structural mistakes a parser reports late: unclosed brackets and quotes, a rule without end. */
    static final class DrlStructure {
        private DrlStructure() {
        }

        /** "line: what" for the first structural mistake before or at {@code errorLine}, or null. */
        static String firstMistakeUpTo(String text, int errorLine) {
            String[] lines = text.split("\n", -1);
            List<int[]> open = new ArrayList<>(); // line, column, bracket
            boolean inRule = false;
            int ruleLine = 0;
            boolean blockComment = false;
            for (int n = 0; n < lines.length && n < errorLine; n++) {
                String line = lines[n];
                String keyword = line.strip();
                if (!blockComment && keyword.startsWith("rule ") || keyword.equals("rule")) {
                    if (inRule) {
                        return ruleLine + ": the rule that starts here has no 'end' before the next rule (line "
                                + (n + 1) + ")";
                    }
                    inRule = true;
                    ruleLine = n + 1;
                } else if (!blockComment && keyword.equals("end")) {
                    inRule = false;
                }
                boolean quoted = false;
                for (int c = 0; c < line.length(); c++) {
                    char ch = line.charAt(c);
                    if (blockComment) {
                        if (ch == '*' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
                            blockComment = false;
                            c++;
                        }
                    } else if (quoted) {
                        if (ch == '\\') {
                            c++;
                        } else if (ch == '"') {
                            quoted = false;
                        }
                    } else if (ch == '"') {
                        quoted = true;
                    } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
                        break;
                    } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '*') {
                        blockComment = true;
                        c++;
                    } else if (ch == '(' || ch == '[') {
                        open.add(new int[] {n + 1, c + 1, ch});
                    } else if (ch == ')' || ch == ']') {
                        char expected = ch == ')' ? '(' : '[';
                        if (open.isEmpty() || open.get(open.size() - 1)[2] != expected) {
                            return (n + 1) + ": '" + ch + "' at column " + (c + 1) + " closes nothing";
                        }
                        open.remove(open.size() - 1);
                    }
                }
                if (quoted) {
                    return (n + 1) + ": a text in quotes is not closed on this line";
                }
                if (!open.isEmpty() && (keyword.equals("then") || keyword.equals("end"))) {
                    int[] first = open.get(open.size() - 1);
                    return first[0] + ": the '" + (char) first[2] + "' at column " + first[1]
                            + " is not closed before '" + keyword + "' on line " + (n + 1);
                }
            }
            return null;
        }
    }
}
