package dev.collections.console;

import dev.collections.rules.RuleSet;
import dev.collections.rules.scenario.ScenarioFiles;
import dev.collections.rules.scenario.ScenarioResult;
import dev.collections.rules.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** A scenario file saved from the console, loaded and run the way the rules check runs every scenario. */
public final class SavedScenario {
    private SavedScenario() {
    }

    /** What differs when the saved scenario runs against {@code rules}; empty when it passes. */
    public static List<String> differences(String yaml, RuleSet rules) {
        try {
            Path dir = Files.createTempDirectory("saved-scenario-");
            Files.createDirectories(dir.resolve(ScenarioFiles.DIRECTORY));
            Files.writeString(dir.resolve(ScenarioFiles.DIRECTORY).resolve("saved.yaml"), yaml);
            List<ScenarioResult> results = ScenarioFiles.load(dir).stream()
                    .map(s -> new ScenarioRunner(ZoneId.of("Asia/Shanghai"), 10_000).run(s, rules)).toList();
            if (results.size() != 1 || results.get(0).firedRules().isEmpty()) {
                return List.of("one scenario that fires rules was expected: " + results);
            }
            return results.get(0).differences();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
