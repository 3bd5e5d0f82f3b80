package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reason's placeholders are filled by a scan, not a regular expression (issue 29): every template fills as the
 * expression {@code \{(\d+)}} filled it, including braces without a number, numbers the arguments lack, full-width
 * digits (not placeholders) and arguments holding {@code $} or {@code \}.
 */
class TextsFillTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void templatesFillAsTheExpressionFilledThem() {
        List<String> arguments = List.of("5,000", "$1 \\ {0}", "拨打电话", "");
        for (String t : List.of("", "no placeholder", "{0}", "{1} and {0}", "{9}", "{", "}", "{}", "{{0}}", "{0",
                "a{0}b{1}c{2}d{3}e{4}", "逾期{0}元，{2}", "{０}", "{01}", "{ 0}", "x{")) {
            assertEquals(regex(t, arguments), Texts.fill(t, arguments), t);
        }
        Random random = new Random(29);
        String alphabet = "{}0123456789a０ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String template = t.toString().replaceAll("\\d{6,}", "1");
            assertEquals(regex(template, arguments), Texts.fill(template, arguments), template);
        }
    }

    private static String regex(String template, List<String> arguments) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < arguments.size() ? arguments.get(i) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
