package dev.collections.console;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The console's protection against cross-site requests, on top of its SameSite=Strict cookie: every form carries a
 * synchronizer token, the signed-in session's own (random for each sign-in, kept with the session on the server),
 * and every console POST must send it back. Another site can neither read the token nor, with a strict cookie, send
 * the user's session; a token of an earlier sign-in is worth nothing.
 */
public final class CsrfTokens {
    public static final String FIELD = "_csrf";

    private CsrfTokens() {
    }

    /** The form token of the signed-in session, or "" for anyone else. */
    public static String token(SecurityIdentity identity) {
        String token = identity.isAnonymous() ? null : identity.getAttribute(ConsoleSessionIdentities.FORM_TOKEN);
        return token == null ? "" : token;
    }

    /** @throws ProblemException (403) unless {@code token} is the signed-in session's */
    public static void check(SecurityIdentity identity, String token) {
        String expected = token(identity);
        if (token == null || expected.isEmpty() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The form's security token is missing or wrong:"
                    + " load the page again and resend");
        }
    }
}
