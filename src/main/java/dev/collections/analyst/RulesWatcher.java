package dev.collections.analyst;

import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.RulesConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Notices edits in the rules directory: every interval it fingerprints the files, and once a change has been
 * stable for one interval (an editor has finished saving) it asks for a reload. Polling also copes with a
 * directory that is deleted and put back.
 */
@ApplicationScoped
public class RulesWatcher {
    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);

    private final RuleReloader reloader;
    private final ActiveRuleSet active;
    private final RulesConfig config;
    private ScheduledExecutorService timer;
    private String pending;

    public RulesWatcher(RuleReloader reloader, ActiveRuleSet active, RulesConfig config) {
        this.reloader = reloader;
        this.active = active;
        this.config = config;
    }

    void start(@Observes @Priority(20) StartupEvent event) {
        long millis = config.watchInterval().toMillis();
        if (millis <= 0) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rules-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void poll() {
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
