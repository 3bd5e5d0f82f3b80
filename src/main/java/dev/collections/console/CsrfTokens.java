package dev.collections.console;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The console's protection against cross-site requests, on top of its SameSite=Strict cookie: every form carries a
 * synchronizer token, an HMAC-SHA256 of the signed-in user under a server key, and every console POST must send
 * it back. Another site can neither read the token nor, with a strict cookie, send the user's identity.
 */
@ApplicationScoped
public class CsrfTokens {
    public static final String FIELD = "_csrf";
    private final byte[] key;

    public CsrfTokens(ConsoleConfig config) {
        this.key = config.csrfKey().map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    public String token(String user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("console:" + user).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** @throws ProblemException (403) unless {@code token} is the user's */
    public void check(String user, String token) {
        if (token == null || !MessageDigest.isEqual(token(user).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The form's security token is missing or wrong:"
                    + " load the page again and resend");
        }
    }
}
