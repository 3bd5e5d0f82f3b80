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
            String changed = original.replace("insert( new Candidate( ActionType.CALL, PolicyArea.LADDER, \"arrears-call\"",
                    "insert( new Candidate( ActionType.SMS, PolicyArea.LADDER, \"arrears-call\"");
            if (changed.equals(original)) {
                throw new IllegalStateException("ladder.drl no longer holds the rule that calls days 15 to 59");
            }
            Files.writeString(ladder, changed);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a file into a rules directory. A rule file's new rules get a Chinese name in language/zh.yaml, as an
     * analyst writes one with each rule (the language files are copied from the shipped rules when the directory
     * has none): the tests that write rules test something else; LanguageFilesTest tests the names.
     */
    public static Path write(Path directory, String name, String content) {
        try {
            Path written = Files.writeString(directory.resolve(name), content);
            if (name.endsWith(".drl")) {
                nameInChinese(directory, content);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void nameInChinese(Path directory, String drl) throws IOException {
        Path language = directory.resolve("language");
        if (!Files.isDirectory(language)) {
            Files.createDirectories(language);
            for (String file : new String[] {"en.yaml", "zh.yaml"}) {
                Files.copy(Path.of("rules/language").resolve(file), language.resolve(file));
            }
        }
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var zh = (com.fasterxml.jackson.databind.node.ObjectNode) yaml.readTree(language.resolve("zh.yaml").toFile());
        var rules = zh.with("rules");
        var names = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"").matcher(drl);
        boolean added = false;
        while (names.find()) {
            if (!rules.has(names.group(1))) {
                rules.put(names.group(1), "测试规则：" + names.group(1));
                added = true;
            }
        }
        if (added) {
            yaml.writeValue(language.resolve("zh.yaml").toFile(), zh);
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
