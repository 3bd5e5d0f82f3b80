package dev.collections.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The policy lines a rules directory implements, read from its {@code policy-lines.txt}: one line each, its id (as
 * policy.md numbers it, and as scenarios tag it under {@code policy}) and a short title; {@code #} starts a
 * comment. The rules check demands a scenario for each; the analysts' documents point here rather than keep a copy.
 */
public final class PolicyLines {
    public static final String FILE = "policy-lines.txt";

    private PolicyLines() {
    }

    /** Id to title, in file order; empty when the directory has no such file (nothing to check). */
    public static Map<String, String> of(Path rulesDirectory) {
        Path file = rulesDirectory.resolve(FILE);
        Map<String, String> lines = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] idAndTitle = text.split("\\s+", 2);
                lines.put(idAndTitle[0], idAndTitle.length > 1 ? idAndTitle[1] : "");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
