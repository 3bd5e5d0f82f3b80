package dev.collections.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256: rule-set versions, file hashes, idempotency-key request hashes and the rules directory's
 * fingerprint. Where parts follow each other, {@link #separator()} keeps ("ab", "c") and ("a", "bc") apart.
 */
public final class Sha256 {
    private final MessageDigest digest;

    private Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static Sha256 start() {
        return new Sha256();
    }

    /** The hex digest of {@code bytes} alone. */
    public static String hex(byte[] bytes) {
        return start().add(bytes).hex();
    }

    public Sha256 add(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /** A 0 byte between two parts. */
    public Sha256 separator() {
        digest.update((byte) 0);
        return this;
    }

    public Sha256 add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
