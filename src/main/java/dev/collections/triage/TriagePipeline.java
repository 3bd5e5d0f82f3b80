package dev.collections.triage;

import dev.collections.common.ChunkedEvaluator;
import dev.collections.common.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The run's accounts streamed from their own read-only connection, decided in chunks on the configured workers
 * (the shared {@link ChunkedEvaluator}), and written on the caller's connection in the order they were read, each
 * chunk in one transaction with the checkpoint.
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

    void run(Connection writer, TriageRun run, TriageProgress progress) throws SQLException {
        var items = new WorkItemWriter(dialect);
        int[] processed = {run.processed()};
        try (Connection c = Database.open(database)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (var cursor = new PortfolioCursor(c, dialect, run.checkpoint(), settings.fetchSize())) {
                new ChunkedEvaluator<RecordedAccount, List<WorkItem>>("triage", settings.workers(),
                        settings.chunkSize()).run(cursor, decider::decide, chunk -> {
                    items.write(writer, run.businessDate(), chunk);
                    int errors = (int) chunk.stream().filter(WorkItem::isError).count();
                    TriageRuns.advance(writer, run.businessDate(), chunk.size(), errors,
                            chunk.get(chunk.size() - 1).accountId());
                    writer.commit();
                    processed[0] += chunk.size();
                    progress.advanced(run, processed[0]);
                });
            } finally {
                c.rollback();
            }
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
