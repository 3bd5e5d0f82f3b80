package dev.collections.common;

import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;

/**
 * The service's configuration, read by the commands (validate, simulate, import, triage) the way Quarkus reads it:
 * {@code application.properties} with its profiles, then environment variables and system properties over it
 * (SmallRye Config, the library Quarkus itself uses). The profile is {@code prod} unless {@code quarkus.profile}
 * (or {@code QUARKUS_PROFILE}) names another, as for the packaged service. So the zone, the firing limit, the
 * chunk size, the lease and the database exist once, in the service's settings.
 */
public final class CommandConfig {
    private static final int APPLICATION_PROPERTIES_ORDINAL = 250;
    private static final int H2_FILE_IN_USE = 90020;
    private final SmallRyeConfig config;

    private CommandConfig(SmallRyeConfig config) {
        this.config = config;
    }

    /** The configuration with these {@code @ConfigMapping} interfaces ready to read. */
    public static CommandConfig load(Class<?>... mappings) {
        ClassLoader loader = CommandConfig.class.getClassLoader();
        String profile = Optional.ofNullable(System.getProperty("quarkus.profile"))
                .or(() -> Optional.ofNullable(System.getenv("QUARKUS_PROFILE"))).orElse("prod");
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultSources().addDefaultInterceptors()
                .addDiscoveredConverters()
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties",
                        APPLICATION_PROPERTIES_ORDINAL, loader))
                .withProfile(profile).withValidateUnknown(false);
        for (Class<?> mapping : mappings) {
            builder.withMapping(mapping);
        }
        return new CommandConfig(builder.build());
    }

    /**
     * The service's URL as a command opens it: an embedded H2 file is closed when the command exits (the service
     * keeps {@code DB_CLOSE_ON_EXIT=FALSE} so that its pool, not H2's exit hook, closes it).
     */
    public static String commandUrl(String url) {
        return url.startsWith("jdbc:h2:") ? url.replace(";DB_CLOSE_ON_EXIT=FALSE", "") : url;
    }

    /** Whether a command's option was given: Maven passes every option, blank when left out. */
    public static boolean given(String option) {
        return option != null && !option.isBlank();
    }

    public <T> T mapping(Class<T> type) {
        return config.getConfigMapping(type);
    }

    /**
     * The record's database: {@code url} when given, else the service's {@code quarkus.datasource.*}, migrated to
     * the current schema. A database that cannot be opened is a {@link CommandException} with a readable reason.
     */
    public DataSource database(String url) {
        String jdbcUrl = given(url) ? url : config.getValue("quarkus.datasource.jdbc.url", String.class);
        // another database than the configured one: the configured user (of the build's database) does not apply,
        // only one given in the environment does; else the usual user of that kind of database
        String user = (given(url) ? Optional.ofNullable(System.getenv("QUARKUS_DATASOURCE_USERNAME"))
                .or(() -> Optional.ofNullable(System.getProperty("quarkus.datasource.username")))
                : config.getOptionalValue("quarkus.datasource.username", String.class))
                .orElse(jdbcUrl.startsWith("jdbc:postgresql:") ? "postgres" : "sa");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try {
            return Database.forCommand(commandUrl(jdbcUrl), user, password);
        } catch (FlywayException e) {
            Throwable cause = e;
            boolean heldByAnother = false;
            for (Throwable c = e; c != null; c = c.getCause()) {
                heldByAnother |= c instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE;
                cause = c;
            }
            throw new CommandException(1, "The database " + jdbcUrl + " could not be opened: " + cause.getMessage()
                    + (heldByAnother ? "\nThe embedded database file is held by the running service: stop it first,"
                    + " or use the service's endpoints (POST /api/v1/imports, POST /api/v1/triage-runs)." : ""));
        }
    }
}
