package dev.collections.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@code --name=value} options of the operators' commands. Blank values count as absent, so the Maven
 * executions can pass every option through. The database password is read from COLLECTIONS_DB_PASSWORD, never
 * from the command line (where {@code ps} would show it).
 */
public final class CommandOptions {
    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/collections;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=TRUE";
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

    /** The record's database at {@code url}; the user defaults to the build's (postgres, or sa for H2). */
    public static DataSource databaseAt(String url, String user) {
        String who = user != null ? user : url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
        return Database.forCommand(url, who, System.getenv().getOrDefault("COLLECTIONS_DB_PASSWORD", ""));
    }
}
