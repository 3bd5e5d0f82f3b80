package dev.collections.score;

import dev.collections.common.Database;
import dev.collections.common.PeriodicJobs;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.rules.RulesConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Keeps this replica on the cluster's live score model, as {@code RulesFollower} keeps it on the live rule set: at
 * start and every {@code collections.rules.follow-interval} it reads the latest activation. A model put live or
 * rolled back on one replica scores on every replica within one interval.
 */
@ApplicationScoped
public class ScoreFollower {
    private static final Logger LOG = Logger.getLogger(ScoreFollower.class);
    static final String JOB = "score-follower";
    private final AgroalDataSource database;
    private final RulesConfig config;
    private final Scheduler scheduler;
    private volatile LiveScore current = LiveScore.NONE;
    private final java.util.Map<String, LiveScore> byVersion = new java.util.concurrent.ConcurrentHashMap<>();

    public ScoreFollower(AgroalDataSource database, RulesConfig config, Scheduler scheduler) {
        this.database = database;
        this.config = config;
        this.scheduler = scheduler;
    }

    void start(@Observes @Priority(40) StartupEvent event) {
        follow();
        PeriodicJobs.every(scheduler, JOB, config.followInterval(), this::follow);
    }

    /** The model live on this replica (NONE: no model). */
    public LiveScore current() {
        return current;
    }

    /**
     * A stored model by version, live or not (an experiment's challenger model); NONE when it is not stored. Read
     * from the database once, then kept.
     */
    public LiveScore model(String version) {
        LiveScore known = byVersion.get(version);
        if (known != null) {
            return known;
        }
        try (Connection c = Database.open(database)) {
            LiveScore read = LiveScore.of(c, version);
            if (read.live()) {
                byVersion.put(version, read);
            }
            return read;
        } catch (SQLException e) {
            throw new ProblemException(ProblemType.DATABASE_UNAVAILABLE, "The score model could not be read; retry");
        }
    }

    /** Reads the live model now (also after this replica put one live or rolled back). */
    public void follow() {
        try (Connection c = Database.open(database)) {
            LiveScore live = LiveScore.at(c, OffsetDateTime.now(ZoneOffset.UTC));
            if (!java.util.Objects.equals(live.version(), current.version())) {
                LOG.infof("Score model %s is live here", live.live() ? live.version() : "(none)");
            }
            current = live;
        } catch (SQLException | RuntimeException e) {
            LOG.error("Looking for the cluster's live score model failed; the model live here keeps scoring", e);
        }
    }
}
