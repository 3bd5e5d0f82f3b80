package dev.collections.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A rule set by its version, for what reads an earlier decision again (the rules that fired, what it said in
 * another language): the live set, the running experiment's challenger, or a version compiled from the history
 * (the last few kept). A version the history does not keep is unknown.
 */
@ApplicationScoped
public class KnownRuleSets {
    private static final int KEPT = 8;
    private final ActiveRuleSet active;
    private final RuleSetHistory history;
    private final Map<String, RuleSet> compiled = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
            return size() > KEPT;
        }
    };

    public KnownRuleSets(ActiveRuleSet active, RuleSetHistory history) {
        this.active = active;
        this.history = history;
    }

    public Optional<RuleSet> of(String version) {
        if (version == null) {
            return Optional.empty();
        }
        RuleSet live = active.current();
        if (live != null && live.isValid() && live.version().equals(version)) {
            return Optional.of(live);
        }
        Challenger challenger = active.challenger();
        if (challenger != null && challenger.ruleSet().version().equals(version)) {
            return Optional.of(challenger.ruleSet());
        }
        synchronized (compiled) {
            if (!compiled.containsKey(version)) {
                history.files(version).map(FrozenRules::compile).filter(RuleSet::isValid)
                        .ifPresent(rules -> compiled.put(version, rules));
            }
            return Optional.ofNullable(compiled.get(version));
        }
    }

    /** What the live set's decisions say in each language (nothing before a set is live). */
    public Texts live() {
        RuleSet live = active.current();
        return live == null || !live.isValid() ? Texts.NONE : live.texts();
    }

    /** What decisions of {@code version} say in each language; nothing said when the version is unknown. */
    public Texts texts(String version) {
        return of(version).map(RuleSet::texts).orElse(Texts.NONE);
    }
}
