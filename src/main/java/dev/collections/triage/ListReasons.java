package dev.collections.triage;

import dev.collections.policy.ActionType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A work item's reason (kept in no language) as the lists say it, in the configured language, with the step down
 * a team's full capacity caused. A night's million items share a few hundred reasons: each is put into words once
 * and looked up after that (up to {@link #KEPT} of them; past that, words are written for each item as before).
 */
final class ListReasons implements Function<WorkItem, String> {
    static final int KEPT = 20_000;

    private final TriageDecider decider;
    private final Locale language;
    private final Map<Key, String> written = new HashMap<>();

    ListReasons(TriageDecider decider, Locale language) {
        this.decider = decider;
        this.language = language;
    }

    @Override
    public String apply(WorkItem w) {
        Key key = new Key(w.rulesetVersion(), w.capacityDenied(), w.reason());
        String words = written.get(key);
        if (words == null) {
            words = words(w);
            if (written.size() < KEPT) {
                written.put(key, words);
            }
        }
        return words;
    }

    private String words(WorkItem w) {
        var texts = decider.texts(w.rulesetVersion());
        String reason = texts.stored(w.reason(), language);
        return w.capacityDenied() == null ? reason : texts.atCapacity(w.capacityDenied(), reason, language);
    }

    /** What the words depend on: the rule set's language files, the full team, the reason as stored. */
    private record Key(String version, ActionType denied, String reason) {
    }
}
