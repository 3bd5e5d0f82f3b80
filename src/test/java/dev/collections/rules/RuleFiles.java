package dev.collections.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A throwaway rules directory for tests: the shipped rules plus or minus some files. */
public final class RuleFiles {
    private RuleFiles() {
    }

    public static Path copyOfShippedRules() {
        try {
            return copyShippedRulesTo(Files.createTempDirectory("rules-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code target} an exact copy of the shipped rules directory (whatever it held before is removed). */
    public static Path copyShippedRulesTo(Path target) {
        try {
            if (Files.exists(target)) {
                delete(target);
            }
            Files.createDirectories(target);
            Path source = Path.of("rules");
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.sorted().toList()) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                        continue;
                    }
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the shipped rules in {@code target} whose ladder texts the accounts it would call (days 15 to 59):
     * a candidate that changes decisions, as an analyst's edit would.
     */
    public static Path candidateThatTextsInsteadOfCalling(Path target) {
        copyShippedRulesTo(target);
        Path ladder = target.resolve("ladder.drl");
        try {
            String original = Files.readString(ladder);
            String changed = original.replace("insert( new Candidate( ActionType.CALL, PolicyArea.LADDER, callsFrom()",
                    "insert( new Candidate( ActionType.SMS, PolicyArea.LADDER, callsFrom()");
            if (changed.equals(original)) {
                throw new IllegalStateException("ladder.drl no longer holds the rule that calls days 15 to 59");
            }
            Files.writeString(ladder, changed);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path directory, String name, String content) {
        try {
            return Files.writeString(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
