package dev.collections.common;

import java.util.logging.Level;
import org.jboss.logmanager.LogContext;

/**
 * The analyst commands run outside Quarkus, where nothing configures logging: left alone, Drools traces every
 * step of its network, which makes evaluations several times slower and floods the console, and the database
 * driver builds a record for every column it reads.
 */
public final class CommandLogging {
    private CommandLogging() {
    }

    public static void quiet() {
        // before any logger exists: JBoss Log Manager for java.util.logging, and log4j-api (pulled in by the
        // spreadsheet decision tables) told to use its simple logger instead of complaining that it has none
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        // Quarkus's bootstrap configures the root logger at ALL until Quarkus starts, which it never does here: every
        // FINEST call of the PostgreSQL driver (one per column read) then built a log record. INFO, as in the service.
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        for (String category : new String[] {"org.drools", "org.kie"}) {
            LogContext.getLogContext().getLogger(category).setLevel(Level.WARNING);
        }
    }
}
