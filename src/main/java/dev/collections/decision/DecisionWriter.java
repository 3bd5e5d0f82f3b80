package dev.collections.decision;

import dev.collections.common.Database;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Group commit for the decisions of stateless assessments (POST /api/v1/assessments), which write nothing else:
 * requests hand their row to one writer thread, which inserts every row waiting in one JDBC batch and one commit,
 * and only then lets each request answer. A decision is durable before its answer leaves, as with a transaction
 * of its own, at a fraction of the cost per request. If the database fails, every request of the batch gets 503
 * and nothing of the batch is stored.
 */
@ApplicationScoped
public class DecisionWriter {
    private static final Logger LOG = Logger.getLogger(DecisionWriter.class);
    private static final int MAX_BATCH = 500;
    private static final long WAIT_SECONDS = 15;
    private static final String INSERT = "INSERT INTO decision (assessment_id, account_id, assessed_at, ruleset_version,"
            + " stage, next_action, source, facts, response, experiment_id, arm, explanation)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource database;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(10_000);
    private final Thread writer;
    private volatile boolean running = true;

    public DecisionWriter(DataSource database) {
        this.database = database;
        this.writer = new Thread(this::run, "decision-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Stores {@code row}, returning once it is committed. */
    public void append(DecisionRecord row) {
        var pending = new Pending(row, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw unavailable();
            }
            pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
                batch.forEach(p -> p.done().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.errorf("%d decisions could not be stored: %s", batch.size(), e.getMessage());
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) throws SQLException {
        try (Connection c = Database.open(database)) {
            Database.inTransaction(c, tx -> {
                try (PreparedStatement s = tx.prepareStatement(INSERT)) {
                    for (Pending p : batch) {
                        DecisionRecord r = p.row();
                        s.setObject(1, r.assessmentId);
                        s.setString(2, r.accountId);
                        s.setObject(3, r.assessedAt, Types.TIMESTAMP_WITH_TIMEZONE);
                        s.setString(4, r.rulesetVersion);
                        s.setString(5, r.stage);
                        s.setString(6, r.nextAction);
                        s.setString(7, r.source);
                        s.setString(8, r.facts);
                        s.setString(9, r.response);
                        s.setObject(10, r.experimentId, Types.BIGINT);
                        s.setString(11, r.arm);
                        s.setString(12, r.explanation);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            });
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.DATABASE_UNAVAILABLE,
                "The database is unreachable or failed; nothing was recorded. Retry later");
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }

    private record Pending(DecisionRecord row, CompletableFuture<Void> done) {
    }
}
