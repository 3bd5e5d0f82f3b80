package dev.collections.console;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The console's own settings (its login and cookie are Quarkus's {@code quarkus.http.auth.form.*}). */
@ConfigMapping(prefix = "collections.console")
public interface ConsoleConfig {

    /**
     * The key of the forms' synchronizer tokens, the same on every replica; when not set, a random key per start
     * (a restart then asks open forms to be loaded again).
     */
    Optional<String> csrfKey();
}
