package dev.collections.rules.scenario;

import java.util.List;

/** The outcome of one scenario: the differences between expected and actual (none when it passed). */
public record ScenarioResult(Scenario scenario, List<String> differences, List<String> firedRules) {

    public boolean passed() {
        return differences.isEmpty();
    }
}
