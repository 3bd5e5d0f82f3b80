package dev.collections.common;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Plain JDBC on the record's schema, for the bulk paths (import, triage) and the commands that run them. */
public final class Database {
    public static final String SCHEMA = "collections";

    private Database() {
    }

    /** A connection from {@code source} on the record's schema. */
    public static Connection open(DataSource source) throws SQLException {
        Connection c = source.getConnection();
        c.setSchema(SCHEMA);
        return c;
    }

    /** Work on a connection, in one transaction. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on {@code c}: committed when it returns, rolled back when it throws; the
     * connection's auto-commit is left as it was.
     */
    public static void inTransaction(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * For the commands, which run without the service: a data source on {@code url} with the record's schema
     * migrated by the same Flyway scripts the service runs at start-up.
     */
    public static DataSource forCommand(String url, String user, String password) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        DataSource source;
        if (postgres) {
            var pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            source = pg;
        } else {
            var h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            source = h2;
        }
        Flyway.configure().dataSource(source).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres ? "postgresql" : "h2"))
                .load().migrate();
        return source;
    }
}
