package dev.collections.console;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console sessions' key, {@code quarkus.http.auth.session.encryption-key}: the session ids kept in the database
 * are its HMACs of the cookies' tokens. The same key must be set on every replica, and a production service refuses
 * to start without one of at least {@link #MINIMUM} characters (a generated key would differ per replica and, as
 * Quarkus's form login did, could end up in a log). Dev mode and tests have a key of their own.
 */
@Startup
@ApplicationScoped
public class SessionKey {
    public static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    public static final int MINIMUM = 32;
    private final byte[] key;

    public SessionKey(@ConfigProperty(name = PROPERTY) Optional<String> configured) {
        String value = configured.map(String::strip).orElse("");
        if (value.length() < MINIMUM) {
            throw new IllegalStateException(refusal(value.isEmpty(), LaunchMode.current()));
        }
        this.key = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Why the service does not start (only an unset or short key gets here: dev and test profiles set one). */
    static String refusal(boolean missing, LaunchMode mode) {
        return (missing ? "No console session key is configured" : "The console session key is shorter than "
                + MINIMUM + " characters") + ": set " + PROPERTY + " (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY, from a"
                + " Secret), at least " + MINIMUM + " random characters and the same on every replica, e.g. the"
                + " output of `openssl rand -base64 48` (profile " + mode.getDefaultProfile() + ")";
    }

    /** The keyed hash of a cookie's token: what the database keeps. */
    public String hash(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
