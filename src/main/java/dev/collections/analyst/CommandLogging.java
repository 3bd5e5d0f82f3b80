package dev.collections.analyst;

import java.util.logging.Level;
import org.jboss.logmanager.LogContext;

/**
 * The analyst commands run outside Quarkus, where nothing configures logging: left alone, Drools traces every
 * step of its network, which makes evaluations several times slower and floods the console.
 */
final class CommandLogging {
    private CommandLogging() {
    }

    static void quiet() {
        for (String category : new String[] {"org.drools", "org.kie"}) {
            LogContext.getLogContext().getLogger(category).setLevel(Level.WARNING);
        }
    }
}
