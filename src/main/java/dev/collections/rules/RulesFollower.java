package dev.collections.rules;

import io.quarkus.runtime.StartupEvent;
import dev.collections.common.PeriodicJobs;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Keeps this replica on the cluster's live rule set: every interval (a job on the Quarkus scheduler) it asks the
 * database for the newest kept set and, when it is not the one serving here, puts it live. A short poll rather
 * than LISTEN/NOTIFY: it works the same on H2 and PostgreSQL, and a replica that missed a notice catches up on the
 * next tick. An interval of 0 turns it off (one process alone).
 */
@ApplicationScoped
public class RulesFollower {
    private static final Logger LOG = Logger.getLogger(RulesFollower.class);
    static final String JOB = "rules-follower";
    private final RuleReloader reloader;
    private final RulesConfig config;
    private final Scheduler scheduler;

    public RulesFollower(RuleReloader reloader, RulesConfig config, Scheduler scheduler) {
        this.reloader = reloader;
        this.config = config;
        this.scheduler = scheduler;
    }

    void start(@Observes @Priority(30) StartupEvent event) {
        PeriodicJobs.every(scheduler, JOB, config.followInterval(), this::follow);
    }

    private void follow() {
        try {
            reloader.follow();
        } catch (RuntimeException e) {
            LOG.error("Looking for the cluster's live rule set failed; the live set keeps serving", e);
        }
    }
}
