package dev.collections.triage;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** The nightly run: today's business date in the configured zone, at the configured time (02:00 by default). */
@ApplicationScoped
public class TriageScheduler {
    private static final Logger LOG = Logger.getLogger(TriageScheduler.class);
    private final TriageService triage;

    public TriageScheduler(TriageService triage) {
        this.triage = triage;
    }

    @Scheduled(identity = "nightly-triage", cron = "${collections.triage.schedule}",
            timeZone = "${collections.triage.time-zone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        LocalDate today = LocalDate.now(triage.config().timeZone());
        try {
            TriageRun run = triage.start(today, TriageRun.Trigger.SCHEDULER);
            LOG.infof("nightly triage %s: %s", today, run.status());
        } catch (RuntimeException e) {
            LOG.errorf("nightly triage %s could not start: %s", today, e.getMessage());
        }
    }
}
