package dev.collections.rules;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The cluster's live rule set, kept in the database by whichever replica put it live: compiled from its kept files
 * and put live here, for a replica that starts or follows. Called under the reloader's lock.
 */
final class ClusterRuleSet {
    private static final Logger LOG = Logger.getLogger(ClusterRuleSet.class);
    private final ActiveRuleSet active;
    private final RuleSetHistory history;

    ClusterRuleSet(ActiveRuleSet active, RuleSetHistory history) {
        this.active = active;
        this.history = history;
    }

    /**
     * Puts the kept rule set {@code version} live here without recording it again (it went live through the gate
     * on the replica that recorded it); with {@code write}, the rules directory is made to hold its files. Null
     * when its files no longer compile (logged; the live set keeps serving).
     */
    Reload adopt(String version, String trigger, List<String> warnings, boolean write) {
        Map<String, String> files = history.files(version).orElse(Map.of());
        RuleSet rules = files.isEmpty() ? null : FrozenRules.compile(files);
        if (rules == null || !rules.isValid()) {
            LOG.errorf("The cluster's live rules %s could not be compiled here; %s", version,
                    active.current() != null && active.current().isValid() ? "the live set keeps serving"
                            : "the rules directory is loaded instead");
            return null;
        }
        if (write) {
            try {
                FrozenRules.replace(active.directory(), files);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                LOG.warnf("The rules directory could not be made to hold %s (%s); it is served from the database",
                        version, e.getMessage());
            }
        }
        RuleSet live = active.current();
        Reload adopted = new Reload(trigger, Instant.now(), Reload.Outcome.ACTIVATED, version,
                version, List.of(), List.of(), java.util.Set.of(), warnings);
        active.activate(rules.from(active.directory().toString()), adopted);
        LOG.infof("Rules %s live (%s: the cluster's live set, from the database; before: %s)%s", version, trigger,
                live == null || !live.isValid() ? "none" : live.version(),
                warnings.isEmpty() ? "" : "; " + warnings.get(0));
        return adopted;
    }
}
