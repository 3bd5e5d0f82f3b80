package dev.collections.triage;

import dev.collections.common.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * Decides slices of {@code run}, writing on {@code c}; answers how many accounts this process decided. While
     * a slice is decided, the next one is claimed and its cursors opened on a thread of its own, so the rules never
     * wait for the database to sort a slice.
     */
    int decide(Connection c, TriageRun run, TriageProgress progress) throws SQLException {
        var pipeline = new TriagePipeline(SqlDialect.of(c), settings, decider);
        ExecutorService opener = Executors.newSingleThreadExecutor(r -> new Thread(r, "triage-slice-opener"));
        int decided = 0;
        int[] processed = {run.processed()};
        Optional<SliceReader> next = claim(run);
        try {
            while (next.isPresent()) {
                SliceReader reader = next.get();
                next = Optional.empty();
                Future<Optional<SliceReader>> opening = opener.submit(() -> claim(run));
                try (reader) {
                    decided += pipeline.run(c, reader, n -> progress.advanced(run, processed[0] += n));
                    TriageSlices.done(c, reader.slice());
                } catch (TriageSlices.Lost e) {
                    c.rollback();
                    LOG.warnf("triage %s: %s; its new owner goes on after its checkpoint", run.businessDate(),
                            e.getMessage());
                } catch (RuntimeException | SQLException e) {
                    c.rollback();
                    TriageSlices.release(c, reader.slice());
                    giveBack(c, opening);
                    throw e;
                }
                next = opened(opening);
            }
            return decided;
        } finally {
            opener.shutdownNow();
        }
    }

    private Optional<SliceReader> claim(TriageRun run) throws SQLException {
        return SliceReader.claim(database, run.businessDate(), settings.lease(), settings.fetchSize(),
                decider.behaviourAsOf());
    }

    private static Optional<SliceReader> opened(Future<Optional<SliceReader>> opening) throws SQLException {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TriageException("The triage was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new TriageException("Opening the next slice failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** After a failure: the slice claimed meanwhile goes back too, so a resumed run claims it at once. */
    private static void giveBack(Connection c, Future<Optional<SliceReader>> opening) {
        try {
            Optional<SliceReader> claimed = opening.get();
            if (claimed.isPresent()) {
                claimed.get().close();
                TriageSlices.release(c, claimed.get().slice());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | SQLException e) {
            // the first failure is the one that matters; a slice left claimed is taken over after the lease
        }
    }
}
