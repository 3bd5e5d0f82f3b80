package dev.collections.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the next action is what it is, in no language: the reason the deciding rule gave (a key of the rules'
 * language files, {@code rules/language/*.yaml}, and its arguments, numbers already written out), each rung the
 * selection stepped down past and what held it back, and the note a rule added (a key too). Each language renders
 * it with its own templates, so the same decision reads in English or in Chinese; {@link #encode} keeps it in a
 * short text a database column can hold.
 */
public record Explanation(String reason, List<String> arguments, List<Step> steps, String note) {

    /** A rung stepped down past: held back by {@code suppressedBy} (empty: its prerequisites did not hold). */
    public record Step(ActionType rung, List<SuppressionReason> suppressedBy, ActionType next) {
    }

    public Explanation {
        arguments = List.copyOf(arguments);
        steps = List.copyOf(steps);
    }

    public static Explanation of(String reason, Object... arguments) {
        String[] written = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = written(arguments[i]);
        }
        return new Explanation(reason, List.of(written), List.of(), null);
    }

    public Explanation withSteps(List<Step> steps) {
        return new Explanation(reason, arguments, steps, note);
    }

    public Explanation withNote(String note) {
        return new Explanation(reason, arguments, steps, note);
    }

    /** How a number reads in a reason: an amount as 5,000, any other number as it is. */
    static String written(Object argument) {
        if (argument instanceof BigDecimal amount && amount.stripTrailingZeros().scale() <= 0) {
            return grouped(amount.longValueExact());
        }
        return String.valueOf(argument);
    }

    /** A whole number with a comma between each three digits, as {@code String.format(Locale.ROOT, "%,d", n)}. */
    static String grouped(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + (length - 1) / 3).append(digits, 0, sign);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(sign + i));
        }
        return out.toString();
    }

    /** {@code reason(arg|arg);RUNG:CODE+CODE>NEXT;RUNG:>NEXT#note}: keys and codes hold none of ( ) | ; : + > #. */
    public String encode() {
        StringBuilder text = new StringBuilder(48).append(reason).append('(');
        for (int i = 0; i < arguments.size(); i++) {
            text.append(i == 0 ? "" : "|").append(arguments.get(i));
        }
        text.append(')');
        for (Step s : steps) {
            text.append(';').append(s.rung().name()).append(':');
            for (int i = 0; i < s.suppressedBy().size(); i++) {
                text.append(i == 0 ? "" : "+").append(s.suppressedBy().get(i).name());
            }
            text.append('>').append(s.next().name());
        }
        if (note != null) {
            text.append('#').append(note);
        }
        return text.toString();
    }

    /** The explanation {@link #encode} wrote; null for null or for a text of another kind (an older reason). */
    public static Explanation decode(String text) {
        if (text == null) {
            return null;
        }
        int open = text.indexOf('(');
        int close = text.indexOf(')', open + 1);
        if (open <= 0 || close < 0 || !isCode(text, open)) {
            return null;
        }
        String inside = text.substring(open + 1, close);
        List<String> arguments = inside.isEmpty() ? List.of() : List.of(inside.split("\\|", -1));
        String rest = text.substring(close + 1);
        String note = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            note = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        List<Step> steps = new ArrayList<>();
        for (String step : rest.split(";")) {
            if (step.isEmpty()) {
                continue;
            }
            int colon = step.indexOf(':');
            int arrow = step.indexOf('>');
            String codes = step.substring(colon + 1, arrow);
            steps.add(new Step(ActionType.valueOf(step.substring(0, colon)), codes.isEmpty() ? List.of()
                    : java.util.Arrays.stream(codes.split("\\+")).map(SuppressionReason::valueOf).toList(),
                    ActionType.valueOf(step.substring(arrow + 1))));
        }
        return new Explanation(text.substring(0, open), arguments, steps, note);
    }

    /** Whether the text's first {@code length} characters are a reason's code: a-z, 0-9, dots and hyphens. */
    static boolean isCode(String text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
