package dev.collections.analyst;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** A cheap fingerprint of a directory tree (names, sizes, modification times) to notice that files changed. */
final class DirectoryFingerprint {
    static final String MISSING = "missing";

    private DirectoryFingerprint() {
    }

    static String of(Path directory) {
        if (!Files.isDirectory(directory)) {
            return MISSING;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String entry = directory.relativize(file) + "|" + Files.size(file) + "|"
                        + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable:" + e.getClass().getSimpleName();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
