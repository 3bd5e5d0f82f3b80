package dev.collections.rules;

import io.quarkus.runtime.StartupEvent;
import dev.collections.common.PeriodicJobs;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Notices edits in the rules directory: every interval (a job on the Quarkus scheduler) it fingerprints the files,
 * and once a change has been stable for one interval (an editor has finished saving) it asks for a reload. Polling
 * also copes with a directory that is deleted and put back. An interval of 0 leaves reloads to the API.
 */
@ApplicationScoped
public class RulesWatcher {
    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);
    static final String JOB = "rules-watcher";

    private final RuleReloader reloader;
    private final ActiveRuleSet active;
    private final RulesConfig config;
    private final Scheduler scheduler;
    private String pending;

    public RulesWatcher(RuleReloader reloader, ActiveRuleSet active, RulesConfig config, Scheduler scheduler) {
        this.reloader = reloader;
        this.active = active;
        this.config = config;
        this.scheduler = scheduler;
    }

    void start(@Observes @Priority(20) StartupEvent event) {
        PeriodicJobs.every(scheduler, JOB, config.watchInterval(), this::poll);
    }

    private synchronized void poll() {
        try {
            String now = DirectoryFingerprint.of(active.directory());
            if (now.equals(reloader.lastFingerprint())) {
                pending = null;
            } else if (now.equals(pending)) {
                pending = null;
                reloader.reload("file change");
            } else {
                pending = now;
            }
        } catch (RuntimeException e) {
            LOG.error("Checking the rules directory for changes failed; the live rule set keeps serving", e);
        }
    }
}
