package dev.collections.rules;

import dev.collections.common.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Sha256 digest = Sha256.start();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String entry = directory.relativize(file) + "|" + Files.size(file) + "|"
                        + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.add(entry);
            }
            return digest.hex();
        } catch (IOException e) {
            return "unreadable:" + e.getClass().getSimpleName();
        }
    }
}
