package dev.collections.triage;

import dev.collections.account.PortfolioCursor;
import dev.collections.common.Database;
import dev.collections.common.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A claimed slice with its accounts' cursors open, on a read-only connection of its own. Opening runs the seven
 * sorted queries of the slice, so the next slice's reader is opened while the current one is being decided.
 */
final class SliceReader implements AutoCloseable {
    private final Connection connection;
    private final TriageSlices.Slice slice;
    private final PortfolioCursor cursor;

    private SliceReader(Connection connection, TriageSlices.Slice slice, PortfolioCursor cursor) {
        this.connection = connection;
        this.slice = slice;
        this.cursor = cursor;
    }

    /** Claims the next slice of the run of {@code date} and opens its cursors; empty when none is left to claim. */
    static Optional<SliceReader> claim(DataSource database, LocalDate date, Duration lease, int fetchSize,
                                       LocalDate behaviourAsOf) throws SQLException {
        Connection c = Database.open(database);
        try {
            c.setAutoCommit(false);
            Optional<TriageSlices.Slice> slice = TriageSlices.claim(c, date, lease);
            if (slice.isEmpty()) {
                c.close();
                return Optional.empty();
            }
            c.commit(); // the claim's read of the slice: out of the transaction before it turns read-only
            c.setReadOnly(true);
            var s = slice.get();
            return Optional.of(new SliceReader(c, s, new PortfolioCursor(c, SqlDialect.of(c), s.after(), s.upto(),
                    s.checkpoint(), fetchSize, behaviourAsOf)));
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    TriageSlices.Slice slice() {
        return slice;
    }

    PortfolioCursor cursor() {
        return cursor;
    }

    @Override
    public void close() {
        cursor.close();
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException ignored) {
            // a read-only connection: nothing of it to keep
        }
    }
}
