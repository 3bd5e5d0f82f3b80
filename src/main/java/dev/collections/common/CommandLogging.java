package dev.collections.common;

import java.util.logging.Level;
import org.jboss.logmanager.LogContext;

/**
 * The analyst commands run outside Quarkus, where nothing configures logging: left alone, Drools traces every
 * step of its network, which makes evaluations several times slower and floods the console.
 */
public final class CommandLogging {
    private CommandLogging() {
    }

    public static void quiet() {
        // before any logger exists: JBoss Log Manager for java.util.logging, and log4j-api (pulled in by the
        // spreadsheet decision tables) told to use its simple logger instead of complaining that it has none
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        for (String category : new String[] {"org.drools", "org.kie"}) {
            LogContext.getLogContext().getLogger(category).setLevel(Level.WARNING);
        }
    }
}
