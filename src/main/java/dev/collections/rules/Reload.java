package dev.collections.rules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one attempt to load the rules directory did: ACTIVATED (the candidate now serves), UNCHANGED (same files as
 * the active set) or REFUSED (the active set keeps serving; {@code reasons} and {@code failingScenarios} say why).
 */
public record Reload(String trigger, Instant at, Outcome outcome, String candidateVersion, String activeVersion,
                     List<RuleSet.RuleError> reasons, List<FailingScenario> failingScenarios,
                     Set<String> unfiredRules) {

    public enum Outcome { ACTIVATED, UNCHANGED, REFUSED }

    public record FailingScenario(String file, String name, List<String> differences) {
    }
}
