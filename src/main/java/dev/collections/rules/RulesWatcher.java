package dev.collections.rules;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
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
        long seconds = config.watchInterval().toSeconds();
        if (config.watchInterval().isZero() || config.watchInterval().isNegative()) {
            return;
        }
        // the scheduler ticks once a second: a shorter interval would only be rounded up by it
        scheduler.newJob(JOB).setInterval(Math.max(1, seconds) + "s")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> poll()).schedule();
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
