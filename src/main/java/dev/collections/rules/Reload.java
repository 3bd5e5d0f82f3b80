package dev.collections.rules;

import dev.collections.policy.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one attempt to load the rules directory did: ACTIVATED (the candidate now serves), UNCHANGED (same files as
 * the active set) or REFUSED (the active set keeps serving; {@code reasons} and {@code failingScenarios} say why).
 * {@code warnings} are gaps in the scenarios (a rule no case fires, a rule without a boundary case, a policy line
 * without a case): they fail {@code validate} and the build, but do not stop a set whose every scenario holds from
 * going live, so that an urgent correction is never held back by a missing test case.
 */
public record Reload(String trigger, Instant at, Outcome outcome, String candidateVersion, String activeVersion,
                     List<RuleSet.RuleError> reasons, List<FailingScenario> failingScenarios,
                     Set<String> unfiredRules, List<String> warnings) {

    public enum Outcome { ACTIVATED, UNCHANGED, REFUSED }

    public record FailingScenario(String file, String name, List<String> differences) {
    }
}
