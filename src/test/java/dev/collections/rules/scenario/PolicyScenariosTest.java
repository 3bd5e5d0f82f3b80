package dev.collections.rules.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.rules.RulesCheck;
import dev.collections.rules.PolicyLines;
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
 * scenario as one that must not fire (its boundary case), or when a line of rules/policy-lines.txt has no scenario:
 * the same check (RulesCheck) as the validate command.
 */
class PolicyScenariosTest {
    private static final Path RULES = Path.of("rules");
    private static RuleSet ruleSet;
    private static List<Scenario> scenarios;
    private static RulesCheck.Report report;
    private static final ScenarioRunner RUNNER = new ScenarioRunner(ZoneId.of("Asia/Shanghai"), 10_000);

    @BeforeAll
    static void compile() {
        ruleSet = new RuleSetCompiler().compile(RULES);
        assertTrue(ruleSet.isValid(), () -> "rules do not compile: " + ruleSet.errors());
        scenarios = ScenarioFiles.load(RULES);
        assertFalse(scenarios.isEmpty(), "no scenarios under rules/scenarios");
        report = new RulesCheck(ZoneId.of("Asia/Shanghai"), 10_000).check(RULES);
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
        assertEquals(Set.of(), report.unfiredRules(), "rules that no scenario fires");
    }

    @Test
    void everyRuleHasACaseWhereItMustNotFire() {
        assertEquals(Set.of(), report.rulesWithoutBoundaryCase(), "rules that no scenario names under notFired");
    }

    @Test
    void everyPolicyLineHasScenarios() {
        assertFalse(PolicyLines.of(RULES).isEmpty(), "rules/policy-lines.txt lists the policy lines");
        assertEquals(Set.of(), report.policyLinesWithoutScenario(), "policy lines without a scenario");
    }

    @Test
    void everyScenarioTagIsAPolicyLine() {
        Set<String> known = PolicyLines.of(RULES).keySet();
        Set<String> unknown = scenarios.stream().filter(s -> s.policy() != null)
                .flatMap(s -> Stream.of(s.policy().split("[ ,]+"))).filter(t -> !known.contains(t))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown, "scenario tags that name no line of policy-lines.txt");
    }
}
