package dev.collections.triage;

import io.quarkus.runtime.StartupEvent;
import dev.collections.common.PeriodicJobs;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Makes this replica share the night: every interval (a job on the Quarkus scheduler) it looks for a run another
 * replica started and joins it, claiming the slices left. The nightly trigger fires on every replica, but the run
 * row makes it one run: the first starts it, the others join. An interval of 0 turns it off (one process alone).
 */
@ApplicationScoped
public class TriageJoiner {
    private static final Logger LOG = Logger.getLogger(TriageJoiner.class);
    private final TriageService triage;
    private final Scheduler scheduler;

    public TriageJoiner(TriageService triage, Scheduler scheduler) {
        this.triage = triage;
        this.scheduler = scheduler;
    }

    void start(@Observes @Priority(40) StartupEvent event) {
        PeriodicJobs.every(scheduler, "triage-joiner", triage.config().joinInterval(), this::join);
    }

    private void join() {
        try {
            triage.joinRunning();
        } catch (RuntimeException e) {
            LOG.errorf("Looking for a triage run to join failed: %s", e.getMessage());
        }
    }
}
