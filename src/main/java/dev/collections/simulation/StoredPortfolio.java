package dev.collections.simulation;

import dev.collections.account.PortfolioCursor;
import dev.collections.account.RecordedFacts;
import dev.collections.common.Database;
import dev.collections.simulation.Simulator.PortfolioRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import javax.sql.DataSource;

/**
 * Every account the service holds, with its recorded history, streamed in account-id order the way the nightly
 * triage reads them (one sorted scan per table, never the whole portfolio in memory). Close it when done.
 */
public final class StoredPortfolio implements Iterator<PortfolioRow>, AutoCloseable {
    private static final int FETCH = 5_000;
    private final Connection connection;
    private final PortfolioCursor cursor;

    public StoredPortfolio(DataSource database) throws SQLException {
        connection = Database.open(database);
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            cursor = PortfolioCursor.everyAccount(connection, FETCH);
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
        return PortfolioRow.of("account " + recorded.accountId(), RecordedFacts.of(recorded),
                recorded.snapshot().region());
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
