package dev.collections.simulation;

import dev.collections.account.PortfolioCursor;
import dev.collections.account.RecordedFacts;
import dev.collections.common.Database;
import dev.collections.score.LiveScore;
import dev.collections.simulation.Simulator.PortfolioRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import javax.sql.DataSource;

/**
 * Every account the service holds, with its recorded history, streamed in account-id order the way the nightly
 * triage reads them (one sorted scan per table, never the whole portfolio in memory), each scored by the model live
 * now as of the simulation's day, as the night would score it (no model live: no score). Close it when done.
 */
public final class StoredPortfolio implements Iterator<PortfolioRow>, AutoCloseable {
    private static final int FETCH = 5_000;
    private final Connection connection;
    private final PortfolioCursor cursor;
    private final LiveScore score;
    private final LocalDate scoredOn;

    /** The portfolio as of {@code asOf}, the simulation's moment. */
    public StoredPortfolio(DataSource database, OffsetDateTime asOf) throws SQLException {
        connection = Database.open(database);
        scoredOn = asOf.toLocalDate();
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            score = LiveScore.at(connection, OffsetDateTime.now(ZoneOffset.UTC));
            cursor = PortfolioCursor.everyAccount(connection, FETCH, score.live() ? scoredOn : null);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        return cursor.hasNext();
    }

    @Override
    public PortfolioRow next() {
        var recorded = cursor.next();
        return PortfolioRow.scored("account " + recorded.accountId(), RecordedFacts.of(recorded),
                recorded.snapshot().region(), score.score(recorded.behaviour(), recorded.history(), scoredOn));
    }

    @Override
    public void close() throws SQLException {
        cursor.close();
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
