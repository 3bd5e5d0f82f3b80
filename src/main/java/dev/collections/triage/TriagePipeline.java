package dev.collections.triage;

import dev.collections.account.RecordedAccount;
import dev.collections.common.ChunkedEvaluator;
import dev.collections.common.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A slice of the run's accounts streamed from their own read-only connection ({@link SliceReader}), decided in
 * chunks on the configured workers (the shared {@link ChunkedEvaluator}), and written on the caller's connection
 * in the order they were read, each chunk in one transaction with the slice's checkpoint and heartbeat.
 */
final class TriagePipeline {
    private final SqlDialect dialect;
    private final TriageSettings settings;
    private final TriageDecider decider;

    TriagePipeline(SqlDialect dialect, TriageSettings settings, TriageDecider decider) {
        this.dialect = dialect;
        this.settings = settings;
        this.decider = decider;
    }

    /**
     * Decides the slice {@code reader} holds open, telling {@code decided} of each chunk; answers how many it
     * decided. Each chunk is written on {@code writer} with the slice's checkpoint and heartbeat, and committed.
     */
    int run(Connection writer, SliceReader reader, java.util.function.IntConsumer decided) throws SQLException {
        var items = new WorkItemWriter(dialect);
        var slice = reader.slice();
        int[] processed = {0};
        try {
            new ChunkedEvaluator<RecordedAccount, List<WorkItem>>("triage", settings.workers(),
                    settings.chunkSize()).run(reader.cursor(), decider::decide, chunk -> {
                items.write(writer, slice.date(), chunk);
                int errors = (int) chunk.stream().filter(WorkItem::isError).count();
                TriageSlices.advance(writer, slice, chunk.size(), errors, chunk.get(chunk.size() - 1).accountId());
                writer.commit();
                processed[0] += chunk.size();
                decided.accept(chunk.size());
            });
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
