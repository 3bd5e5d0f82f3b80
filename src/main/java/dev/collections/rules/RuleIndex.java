package dev.collections.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one rule set by number (their place in {@link RuleSet#rules()}, sorted by file and name): the
 * nightly triage keeps the rules that fired for each account as these numbers ("3,17,40", a few bytes a work item
 * instead of their names), and the console reads them back as names with the same rule set's index.
 */
public final class RuleIndex {
    private final List<String> names;
    private final Map<String, Integer> numbers;

    private RuleIndex(List<String> names) {
        this.names = names;
        this.numbers = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            numbers.put(names.get(i), i);
        }
    }

    public static RuleIndex of(RuleSet ruleSet) {
        return new RuleIndex(ruleSet.rules().stream().map(RuleSet.RuleInfo::name).toList());
    }

    /** The fired rules, in firing order, as their numbers; a name the set does not hold (none should) as "?". */
    public String encode(List<String> fired) {
        StringBuilder text = new StringBuilder(fired.size() * 3);
        for (String name : fired) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            Integer n = numbers.get(name);
            text.append(n == null ? "?" : n.toString());
        }
        return text.toString();
    }

    /** The names back, in firing order; a number out of range as "#n". */
    public List<String> decode(String encoded) {
        List<String> fired = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return fired;
        }
        for (String part : encoded.split(",")) {
            int n = part.equals("?") ? -1 : Integer.parseInt(part);
            fired.add(n >= 0 && n < names.size() ? names.get(n) : "#" + part);
        }
        return fired;
    }
}
