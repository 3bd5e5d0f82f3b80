package dev.collections.experiment;

import dev.collections.common.Database;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.Challenger;
import dev.collections.rules.ChallengerStore;
import dev.collections.rules.RulesConfig;
import io.quarkus.runtime.StartupEvent;
import dev.collections.common.PeriodicJobs;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's running experiment the database's, at the rules' follow interval: an experiment started,
 * stopped or promoted through another replica applies here within seconds, so that every replica splits the
 * accounts alike. A cheap look at the running experiment's id each tick; its challenger is compiled only when the
 * id changes (once: a stored challenger that no longer compiles is not tried again every tick).
 */
@ApplicationScoped
public class ExperimentsFollower {
    private static final Logger LOG = Logger.getLogger(ExperimentsFollower.class);
    static final String JOB = "experiments-follower";
    private final Experiments experiments;
    private final ActiveRuleSet active;
    private final DataSource database;
    private final RulesConfig config;
    private final Scheduler scheduler;
    private Long tried;

    public ExperimentsFollower(Experiments experiments, ActiveRuleSet active, DataSource database, RulesConfig config,
                               Scheduler scheduler) {
        this.experiments = experiments;
        this.active = active;
        this.database = database;
        this.config = config;
        this.scheduler = scheduler;
    }

    void start(@Observes @Priority(40) StartupEvent event) {
        PeriodicJobs.every(scheduler, JOB, config.followInterval(), this::follow);
    }

    synchronized void follow() {
        try (Connection c = Database.open(database)) {
            Long running = ChallengerStore.runningId(c, experiments.today());
            Challenger here = active.challenger();
            Long serving = here == null ? null : here.experiment();
            if (Objects.equals(running, serving) || running != null && running.equals(tried)) {
                return;
            }
            tried = running;
            Challenger now = experiments.restore();
            LOG.infof("experiment %s here now (was %s), as the database has it", now == null ? "none"
                    : now.experiment(), serving == null ? "none" : serving);
        } catch (SQLException | RuntimeException e) {
            LOG.errorf("Looking for the running experiment failed (%s); this replica keeps its own",
                    e.getClass().getSimpleName());
        }
    }
}
