package dev.collections.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The console's own settings: its sessions (kept in the database, keyed by quarkus.http.auth.session.encryption-key)
 * and how failed sign-ins are throttled.
 */
@ConfigMapping(prefix = "collections.console")
public interface ConsoleConfig {

    /** A session unused for this long is over; every use renews it. */
    @WithDefault("30m")
    Duration sessionTimeout();

    /** A session is over this long after its sign-in, used or not. */
    @WithDefault("12h")
    Duration sessionMaximum();

    /** The cookie's Secure flag: on wherever the service is reached over TLS (the manifests set it). */
    @WithDefault("false")
    boolean secureCookie();

    SignIn signIn();

    /** Failed sign-ins, counted per user and per client address in the database (every replica sees them). */
    interface SignIn {
        /** The window failures are counted in; a subject with no failure for this long starts again from 0. */
        @WithDefault("15m")
        Duration window();

        /** After this many failures in the window, each attempt must wait (1 s, 2 s, 4 s … after the last one). */
        @WithDefault("3")
        int slowDownAfter();

        /** After this many failures in the window, the subject is locked for {@link #lockFor()}. */
        @WithDefault("6")
        int lockAfter();

        @WithDefault("15m")
        Duration lockFor();
    }
}
