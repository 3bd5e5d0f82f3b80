package dev.collections.triage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * One process's share of a run: claims the run's slices one after another and decides each through the pipeline,
 * until none is left to claim. A slice this process lost (silent for longer than the lease, taken over) is left to
 * its new owner; on any other failure the slice is given back before the failure goes up.
 */
final class SliceWork {
    private static final Logger LOG = Logger.getLogger(SliceWork.class);
    private final DataSource database;
    private final TriageSettings settings;
    private final TriageDecider decider;

    SliceWork(DataSource database, TriageSettings settings, TriageDecider decider) {
        this.database = database;
        this.settings = settings;
        this.decider = decider;
    }

    /** Decides slices of {@code run} on {@code c}; answers how many accounts this process decided. */
    int decide(Connection c, TriageRun run, TriageProgress progress) throws SQLException {
        var pipeline = new TriagePipeline(database, SqlDialect.of(c), settings, decider);
        int decided = 0;
        int[] processed = {run.processed()};
        Optional<TriageSlices.Slice> claimed;
        while ((claimed = TriageSlices.claim(c, run.businessDate(), settings.lease())).isPresent()) {
            TriageSlices.Slice slice = claimed.get();
            try {
                decided += pipeline.run(c, slice, n -> progress.advanced(run, processed[0] += n));
                TriageSlices.done(c, slice);
            } catch (TriageSlices.Lost e) {
                c.rollback();
                LOG.warnf("triage %s: %s; its new owner goes on after its checkpoint", run.businessDate(),
                        e.getMessage());
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                TriageSlices.release(c, slice);
                throw e;
            }
        }
        return decided;
    }
}
