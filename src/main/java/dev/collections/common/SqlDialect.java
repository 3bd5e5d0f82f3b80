package dev.collections.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the two databases for the bulk paths: how account ids are ordered, and bulk writes. */
public enum SqlDialect {
    H2, POSTGRESQL;

    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? POSTGRESQL : H2;
    }

    /**
     * The account-id column in byte order, the order Java's {@code String.compareTo} gives for the ids the API
     * accepts: the merge of the sorted tables and the checkpoint both depend on it. Since V22 it is the column's own
     * collation on PostgreSQL, so the account-id indexes serve it (said here again, the order must not depend on a
     * migration having run); H2 compares binary already.
     */
    public String key(String column) {
        return this == POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }

    /**
     * Whether the statements planned next in this transaction read through an index in its order ({@code true}) or as
     * the planner likes (PostgreSQL: {@code SET LOCAL} of {@code enable_seqscan}, {@code enable_bitmapscan} and
     * {@code enable_sort}, then back to the session's own; they end with the transaction anyway, so a pooled
     * connection never keeps them). A slice's month ends and payments are a tenth of a table or less, and the
     * account-id indexes keep them in the order the night merges them in (V22). With the default costs of a spinning disk PostgreSQL read the whole table
     * once for every slice, or found the rows by their dates and sorted them again, spilling to disk, before the first
     * came; through the account's index they stream from the first row (bench/README.md). H2 plans them by index.
     */
    public void readInKeyOrder(Connection c, boolean inKeyOrder) throws SQLException {
        if (this == POSTGRESQL) {
            try (var s = c.createStatement()) {
                String planner = inKeyOrder ? "off" : "DEFAULT"; // DEFAULT: as the session had them
                s.execute("SET LOCAL enable_seqscan = " + planner);
                s.execute("SET LOCAL enable_bitmapscan = " + planner);
                s.execute("SET LOCAL enable_sort = " + planner);
            }
        }
    }

    /**
     * Asks for the rows of a statement that streams many (a slice's cursors) in binary: on PostgreSQL the driver then
     * reads integers, dates and timestamps as they are instead of parsing their text. It does that on its own only
     * for a statement it has run five times on one connection, which a slice's queries, each run once on a connection
     * of its own when the command runs the night, never are. The values are the same either way.
     */
    public void streamInBinary(PreparedStatement s) throws SQLException {
        if (this == POSTGRESQL && s.isWrapperFor(org.postgresql.PGStatement.class)) {
            s.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
        }
    }

    /**
     * The row lock a process takes on a run to start or finish it. On PostgreSQL it is NO KEY UPDATE, which lets
     * other processes go on writing work items that reference the run (their foreign-key checks take KEY SHARE).
     */
    public String rowLock() {
        return this == POSTGRESQL ? " FOR NO KEY UPDATE" : " FOR UPDATE";
    }
}
