package dev.collections.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.analyst.RulesCheck;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario under rules/scenarios against the shipped rules: the analysts' cases are the policy's tests.
 * Fails when a scenario's expectation does not hold, when a rule is fired by no scenario, when a rule is named by no
 * scenario as one that must not fire (its boundary case), or when a line of policy.md has no scenario.
 */
class PolicyScenariosTest {
    private static final Path RULES = Path.of("rules");
    /** Every numbered line of policy.md, plus its unnumbered sections, by the tag scenarios use in "policy". */
    private static final Set<String> POLICY_LINES = Set.of(
            "STAGES", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "HOME_VISIT_PREREQUISITES",
            "LEGAL_PREREQUISITES", "MALICIOUS_OVERDRAFT", "H1", "H2", "H3", "H4", "H5", "A1", "A2", "A3", "A4", "A5",
            "P1", "P2", "D1", "D2", "C1", "C2", "X1", "X2", "G1", "G2", "G3", "CREDIT_REPORT", "SELECTION",
            "EFFECTIVE_COLLECTION");

    /** The selection step runs for every account: there is no case in which it must not fire. */
    private static final Set<String> RUNS_FOR_EVERY_ACCOUNT =
            Set.of("The first policy area in precedence decides, stepping down past suppressed rungs");

    private static RuleSet ruleSet;
    private static List<Scenario> scenarios;
    private static final ScenarioRunner RUNNER = new ScenarioRunner(ZoneId.of("Asia/Shanghai"), 10_000);

    @BeforeAll
    static void compile() {
        ruleSet = new RuleSetCompiler().compile(RULES);
        assertTrue(ruleSet.isValid(), () -> "rules do not compile: " + ruleSet.errors());
        scenarios = ScenarioFiles.load(RULES);
        assertFalse(scenarios.isEmpty(), "no scenarios under rules/scenarios");
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioHolds() {
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.title(), () -> {
            ScenarioResult result = RUNNER.run(s, ruleSet);
            assertTrue(result.passed(), () -> String.join("\n", result.differences()));
        }));
    }

    @Test
    void everyRuleIsFiredBySomeScenario() {
        var report = new RulesCheck(ZoneId.of("Asia/Shanghai"), 10_000).check(RULES);
        assertEquals(Set.of(), report.unfiredRules(), "rules that no scenario fires");
    }

    @Test
    void everyRuleHasACaseWhereItMustNotFire() {
        Set<String> named = scenarios.stream().filter(s -> s.expect() != null && s.expect().notFired() != null)
                .flatMap(s -> s.expect().notFired().stream()).collect(Collectors.toSet());
        Set<String> missing = ruleSet.rules().stream().map(RuleSet.RuleInfo::name)
                .filter(r -> !named.contains(r) && !RUNS_FOR_EVERY_ACCOUNT.contains(r))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "rules that no scenario names under notFired");
    }

    @Test
    void everyPolicyLineHasScenarios() {
        Set<String> tagged = scenarios.stream().filter(s -> s.policy() != null)
                .flatMap(s -> Stream.of(s.policy().split("[ ,]+"))).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(POLICY_LINES);
        missing.removeAll(tagged);
        assertEquals(Set.of(), missing, "policy lines without a scenario");
    }
}
