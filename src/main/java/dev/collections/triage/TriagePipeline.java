package dev.collections.triage;

import dev.collections.common.ChunkedEvaluator;
import dev.collections.common.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * A slice of the run's accounts streamed from their own read-only connection, decided in chunks on the configured
 * workers (the shared {@link ChunkedEvaluator}), and written on the caller's connection in the order they were
 * read, each chunk in one transaction with the slice's checkpoint and heartbeat.
 */
final class TriagePipeline {
    private final DataSource database;
    private final SqlDialect dialect;
    private final TriageSettings settings;
    private final TriageDecider decider;

    TriagePipeline(DataSource database, SqlDialect dialect, TriageSettings settings, TriageDecider decider) {
        this.database = database;
        this.dialect = dialect;
        this.settings = settings;
        this.decider = decider;
    }

    /** Decides the slice after its checkpoint, telling {@code decided} of each chunk; answers how many it decided. */
    int run(Connection writer, TriageSlices.Slice slice, java.util.function.IntConsumer decided) throws SQLException {
        var items = new WorkItemWriter(dialect);
        int[] processed = {0};
        try (Connection c = Database.open(database)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (var cursor = new PortfolioCursor(c, dialect, slice.resumeAfter(), slice.upto(),
                    settings.fetchSize())) {
                new ChunkedEvaluator<RecordedAccount, List<WorkItem>>("triage", settings.workers(),
                        settings.chunkSize()).run(cursor, decider::decide, chunk -> {
                    items.write(writer, slice.date(), chunk);
                    int errors = (int) chunk.stream().filter(WorkItem::isError).count();
                    TriageSlices.advance(writer, slice, chunk.size(), errors, chunk.get(chunk.size() - 1).accountId());
                    writer.commit();
                    processed[0] += chunk.size();
                    decided.accept(chunk.size());
                });
            } finally {
                c.rollback();
            }
            return processed[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TriageException("The triage was interrupted");
        } catch (TriageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TriageException("Reading the portfolio failed: " + e.getMessage(), e);
        }
    }
}
