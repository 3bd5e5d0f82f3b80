package dev.collections.common;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;

/**
 * The {@code --name=value} options of the operators' commands. Blank values count as absent, so the Maven
 * executions can pass every option through. The database password is read from COLLECTIONS_DB_PASSWORD, never
 * from the command line (where {@code ps} would show it).
 */
public final class CommandOptions {
    /** The service's embedded database file; one process at a time holds it. */
    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/collections;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
    private static final int H2_FILE_IN_USE = 90020;
    private final Map<String, String> values = new HashMap<>();

    public CommandOptions(String[] args, Set<String> known) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Options are written --name=value, not " + arg);
            }
            String name = arg.substring(2, eq);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; known: " + known);
            }
            String value = arg.substring(eq + 1).trim();
            if (!value.isEmpty()) {
                values.put(name, value);
            }
        }
    }

    public String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    public int integer(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
    }

    /** The record's database from --db-url and --db-user, migrated to the current schema. */
    public DataSource database() {
        String url = get("db-url", DEFAULT_DB_URL);
        return databaseAt(url, get("db-user", null));
    }

    /**
     * The record's database at {@code url}; the user defaults to the build's (postgres, or sa for H2). A database
     * that cannot be opened ends the command with a readable reason, not a stack trace.
     */
    public static DataSource databaseAt(String url, String user) {
        String who = user != null ? user : url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
        try {
            return Database.forCommand(url, who, System.getenv().getOrDefault("COLLECTIONS_DB_PASSWORD", ""));
        } catch (FlywayException e) {
            Throwable cause = e;
            boolean heldByAnother = false;
            for (Throwable c = e; c != null; c = c.getCause()) {
                heldByAnother |= c instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE;
                cause = c;
            }
            System.out.println("The database " + url + " could not be opened: " + cause.getMessage());
            if (heldByAnother) {
                System.out.println("The embedded database file is held by the running service: stop it first, or use"
                        + " the service's endpoints (POST /api/v1/imports, POST /api/v1/triage-runs).");
            }
            System.exit(1);
            return null;
        }
    }
}
