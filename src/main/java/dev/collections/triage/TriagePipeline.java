package dev.collections.triage;

import dev.collections.common.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Reader → evaluators → writer. One thread streams the accounts in chunks from its own connection; the chunks are
 * decided on {@code workers} threads; the caller's thread writes them in the order they were read, each chunk in
 * one transaction with the checkpoint. The queue between them is bounded, so memory does not grow with the
 * portfolio.
 */
final class TriagePipeline {
    private static final CompletableFuture<Chunk> END = CompletableFuture.completedFuture(null);
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
        BlockingQueue<CompletableFuture<Chunk>> queue = new ArrayBlockingQueue<>(settings.workers() * 2 + 2);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService evaluators = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "triage-evaluate-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Thread reader = new Thread(() -> read(run.checkpoint(), queue, evaluators), "triage-read");
        reader.setDaemon(true);
        reader.start();
        var items = new WorkItemWriter(dialect);
        int processed = run.processed();
        try {
            while (true) {
                CompletableFuture<Chunk> next = queue.take();
                if (next == END) {
                    break;
                }
                Chunk chunk = next.get();
                items.write(writer, run.businessDate(), chunk.items());
                int errors = (int) chunk.items().stream().filter(WorkItem::isError).count();
                TriageRuns.advance(writer, run.businessDate(), chunk.items().size(), errors, chunk.last());
                writer.commit();
                processed += chunk.items().size();
                progress.advanced(run, processed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TriageException("The triage was interrupted");
        } catch (ExecutionException e) {
            throw new TriageException("Reading the portfolio failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            reader.interrupt();
            evaluators.shutdownNow();
        }
    }

    private void read(String checkpoint, BlockingQueue<CompletableFuture<Chunk>> queue, ExecutorService evaluators) {
        try (Connection c = Database.open(database)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (var cursor = new PortfolioCursor(c, dialect, checkpoint, settings.fetchSize())) {
                List<RecordedAccount> chunk = new ArrayList<>(settings.chunkSize());
                while (cursor.hasNext()) {
                    chunk.add(cursor.next());
                    if (chunk.size() == settings.chunkSize()) {
                        queue.put(decide(chunk, evaluators));
                        chunk = new ArrayList<>(settings.chunkSize());
                    }
                }
                if (!chunk.isEmpty()) {
                    queue.put(decide(chunk, evaluators));
                }
            }
            c.rollback();
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            try {
                queue.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private CompletableFuture<Chunk> decide(List<RecordedAccount> accounts, ExecutorService evaluators) {
        String last = accounts.get(accounts.size() - 1).account().accountId;
        return CompletableFuture.supplyAsync(() -> new Chunk(decider.decide(accounts), last), evaluators);
    }

    private record Chunk(List<WorkItem> items, String last) {
    }
}
