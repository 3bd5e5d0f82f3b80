package dev.collections.console;

import dev.collections.rules.KnownRuleSets;
import dev.collections.rules.RuleIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the rules a nightly triage fired for an account, from the numbers its work item keeps: by the index
 * of the run's rule set (the live one, or the run's version compiled from the history). A version the history does
 * not keep gives no names.
 */
@ApplicationScoped
public class FiredRuleNames {
    private final KnownRuleSets known;
    private final Map<String, RuleIndex> indexes = new ConcurrentHashMap<>();

    public FiredRuleNames(KnownRuleSets known) {
        this.known = known;
    }

    public List<String> of(String version, String numbers) {
        if (numbers == null || numbers.isEmpty() || version == null) {
            return List.of();
        }
        RuleIndex index = indexes.get(version);
        if (index == null) {
            index = known.of(version).map(RuleIndex::of).orElse(null);
            if (index == null) {
                return List.of();
            }
            if (indexes.size() > 16) {
                indexes.clear();
            }
            indexes.put(version, index);
        }
        return index.decode(numbers);
    }
}
