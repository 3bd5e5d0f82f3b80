package dev.collections.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A rules directory as content: every file (rules, decision tables, capacity, policy lines, scenarios) by its path
 * relative to the directory, as text (spreadsheets in Base64). What an experiment freezes of its challenger when
 * it passes the gate, and what a promotion writes into the live directory.
 */
public final class FrozenRules {
    private static final String BINARY = ".xlsx";
    private static final String BASE64 = "base64:";
    /** A rules directory is a few hundred kilobytes; this keeps a mistaken directory from filling the database. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private FrozenRules() {
    }

    /** Every regular file under {@code directory} except hidden ones, by relative path ('/'-separated). */
    public static Map<String, String> read(Path directory) {
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.")) {
                    continue;
                }
                byte[] content = Files.readAllBytes(file);
                total += content.length;
                if (total > MAX_BYTES) {
                    throw new IllegalArgumentException("the directory holds over 16 MiB of files; a rules directory"
                            + " is far smaller");
                }
                files.put(name, name.endsWith(BINARY) ? BASE64 + Base64.getEncoder().encodeToString(content)
                        : new String(content, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Writes the files into {@code directory} (created if missing) and returns it. */
    public static Path write(Map<String, String> files, Path directory) {
        try {
            for (var file : files.entrySet()) {
                Path target = directory.resolve(file.getKey()).normalize();
                if (!target.startsWith(directory.normalize())) {
                    throw new IllegalArgumentException("a stored file lies outside its directory: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                String content = file.getValue();
                Files.write(target, bytes(file.getKey(), content));
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored file's bytes as they lie on disk (spreadsheets decoded from Base64). */
    public static byte[] bytes(String path, String content) {
        return content.startsWith(BASE64) && path.endsWith(BINARY)
                ? Base64.getDecoder().decode(content.substring(BASE64.length()))
                : content.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the stored file is a spreadsheet (Base64), which is compared as a whole, not line by line. */
    public static boolean isBinary(String path) {
        return path.endsWith(BINARY);
    }

    /** Makes {@code directory} hold exactly these files: the others (not hidden) are removed. */
    public static void replace(Path directory, Map<String, String> files) {
        for (String old : read(directory).keySet()) {
            if (!files.containsKey(old)) {
                try {
                    Files.delete(directory.resolve(old));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        write(files, directory);
    }

    /** Compiles the files as a rules directory of their own (in a temporary directory, removed afterwards). */
    public static RuleSet compile(Map<String, String> files) {
        return inDirectory(files, new RuleSetCompiler()::compile);
    }

    /** What {@code use} makes of the files written to a temporary directory of their own, removed afterwards. */
    public static <T> T inDirectory(Map<String, String> files, java.util.function.Function<Path, T> use) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("frozen-rules-");
            return use.apply(write(files, directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
