package dev.collections.console;

import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.FrozenRules;
import dev.collections.rules.RuleIndex;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetHistory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the rules a nightly triage fired for an account, from the numbers its work item keeps: by the live
 * rule set's index when the run used it, else by the index of the run's version compiled from the history (the
 * last few kept). A version the history does not keep gives no names.
 */
@ApplicationScoped
public class FiredRuleNames {
    private static final int KEPT = 8;
    private final ActiveRuleSet active;
    private final RuleSetHistory history;
    private final Map<String, RuleIndex> indexes = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleIndex> eldest) {
            return size() > KEPT;
        }
    };

    public FiredRuleNames(ActiveRuleSet active, RuleSetHistory history) {
        this.active = active;
        this.history = history;
    }

    public List<String> of(String version, String numbers) {
        if (numbers == null || numbers.isEmpty() || version == null) {
            return List.of();
        }
        RuleIndex index = index(version);
        return index == null ? List.of() : index.decode(numbers);
    }

    private synchronized RuleIndex index(String version) {
        RuleSet live = active.current();
        if (live != null && live.isValid() && live.version().equals(version)) {
            return indexes.computeIfAbsent(version, v -> RuleIndex.of(live));
        }
        if (!indexes.containsKey(version)) {
            history.files(version).map(FrozenRules::compile).filter(RuleSet::isValid)
                    .ifPresent(rules -> indexes.put(version, RuleIndex.of(rules)));
        }
        return indexes.get(version);
    }
}
