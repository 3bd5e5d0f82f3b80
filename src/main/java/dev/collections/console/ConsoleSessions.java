package dev.collections.console;

import dev.collections.common.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The console's sessions, kept in the database so that every replica knows them and signing out ends one
 * everywhere at once: a sign-in creates a session (a random token for the cookie, its keyed hash as the row's id,
 * the user's roles, a form token of its own); every request finds it by the cookie, while it is neither ended, idle
 * past the timeout nor older than the maximum; signing out ends it.
 */
@ApplicationScoped
public class ConsoleSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How stale last_seen_at may be before a request writes it again (a write per minute, not per request). */
    private static final long TOUCH_SECONDS = 60;
    private final DataSource database;
    private final SessionKey key;
    private final ConsoleConfig config;

    /** A live session: whose, with which roles, and the token its forms carry. */
    public record Session(String id, String user, Set<String> roles, String formToken) {
    }

    public ConsoleSessions(DataSource database, SessionKey key, ConsoleConfig config) {
        this.database = database;
        this.key = key;
        this.config = config;
    }

    /** A new session for {@code user}; answers the cookie's token (never stored as it is). */
    public String create(String user, Set<String> roles) throws SQLException {
        String token = random(32);
        OffsetDateTime now = now();
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("INSERT INTO console_session (id, username, roles, form_token, created_at,"
                     + " last_seen_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, key.hash(token));
            s.setString(2, user);
            s.setString(3, String.join(",", roles));
            s.setString(4, HexFormat.of().formatHex(bytes(32)));
            s.setObject(5, now);
            s.setObject(6, now);
            s.executeUpdate();
        }
        return token;
    }

    /** The live session of a cookie's token; a use renews it. */
    public Optional<Session> find(String token) throws SQLException {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String id = key.hash(token);
        OffsetDateTime now = now();
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("SELECT username, roles, form_token, last_seen_at FROM console_session"
                     + " WHERE id = ? AND ended_at IS NULL AND last_seen_at > ? AND created_at > ?")) {
            s.setString(1, id);
            s.setObject(2, now.minus(config.sessionTimeout()));
            s.setObject(3, now.minus(config.sessionMaximum()));
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                var session = new Session(id, rs.getString(1), roles(rs.getString(2)), rs.getString(3));
                if (rs.getObject(4, OffsetDateTime.class).isBefore(now.minusSeconds(TOUCH_SECONDS))) {
                    touch(c, id, now);
                }
                return Optional.of(session);
            }
        }
    }

    /** Ends the session (sign-out): its cookie, wherever it was copied, no longer signs anyone in. */
    public void end(String id) throws SQLException {
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("UPDATE console_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL")) {
            s.setObject(1, now());
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    private static void touch(Connection c, String id, OffsetDateTime now) throws SQLException {
        try (var s = c.prepareStatement("UPDATE console_session SET last_seen_at = ? WHERE id = ?")) {
            s.setObject(1, now);
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    private static Set<String> roles(String text) {
        return text.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(text.split(",")));
    }

    private static String random(int n) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(n));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
