package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.rules.RuleFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What an analyst reads from validate: per-file results, failing scenarios as expected/actual, unfired rules. */
class ValidateTest {
    private final RulesCheck check = new RulesCheck(ZoneId.of("Asia/Shanghai"), 10_000);
    private final Path dir = RuleFiles.copyOfShippedRules();

    @AfterEach
    void cleanUp() {
        RuleFiles.delete(dir);
    }

    private String validate(RulesCheck.Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidateCommand.print(dir, report, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theShippedRulesPass() {
        RulesCheck.Report report = check.check(Path.of("rules"));
        assertTrue(report.passed());
        String printed = validate(report);
        assertTrue(printed.contains("ladder.drl") && printed.contains("PASSED"), printed);
    }

    @Test
    void aChangedRuleShowsEachFailingScenarioAsExpectedAndActual() throws Exception {
        Path ladder = dir.resolve("ladder.drl");
        Files.writeString(ladder, Files.readString(ladder).replace("daysPastDue >= callsFrom(), daysPastDue",
                "daysPastDue > callsFrom(), daysPastDue"));
        RulesCheck.Report report = check.check(dir);
        assertFalse(report.passed());
        String printed = validate(report);
        assertTrue(printed.contains("x Day 15 gets a call whatever the risk"), printed);
        assertTrue(printed.contains("nextAction: expected CALL but was NONE"), printed);
        assertTrue(printed.trim().endsWith("FAILED"), printed);
    }

    @Test
    void aRuleNoScenarioFiresFailsValidationButNotActivation() {
        RuleFiles.write(dir, "orphan.drl", "package rules;\nimport dev.collections.policy.*;\n"
                + "rule \"Nobody tests me\"\nwhen\n    Account( daysPastDue > 9000 )\nthen\nend\n");
        RulesCheck.Report report = check.check(dir);
        assertTrue(report.activatable());
        assertFalse(report.passed());
        assertTrue(validate(report).contains("- fired by no scenario: Nobody tests me"));
    }

    @Test
    void aRuleWithoutABoundaryCaseFailsValidationAsItFailsTheBuild() throws Exception {
        Path scenarios = dir.resolve("scenarios/arrangements.yaml");
        String rule = "A genuinely missed instalment puts the arrangement at risk";
        Files.writeString(scenarios, Files.readString(scenarios).replace("notFired: [\"" + rule + "\"]", "notFired: []"));
        RulesCheck.Report report = check.check(dir);
        assertTrue(report.activatable(), "a missing boundary case is a warning for the reload gate");
        assertFalse(report.passed());
        assertTrue(report.rulesWithoutBoundaryCase().contains(rule), report.rulesWithoutBoundaryCase()::toString);
        assertTrue(validate(report).contains("- no boundary case (notFired): " + rule));
    }

    @Test
    void aNumberChangedInParametersMovesEveryRuleAndReasonThatUsesIt() throws Exception {
        Path parameters = dir.resolve("parameters.drl");
        Files.writeString(parameters, Files.readString(parameters).replace(
                "largeArrears() { return new BigDecimal(\"5000\"); }", "largeArrears() { return new BigDecimal(\"3000\"); }"));
        RulesCheck.Report report = check.check(dir);
        assertTrue(report.ruleSet().isValid(), report.ruleSet().errors()::toString);
        assertTrue(report.quotedNumbers().isEmpty(), "no rule name or reason still says 5,000");
        String printed = validate(report);
        assertTrue(printed.contains("x Arrears just under 5,000 at 60-89 days get a call even with visit prerequisites"),
                printed);
        var facts = dev.collections.common.JsonSettings.newMapper().readValue("""
                {"accountId":"CC-P","asOf":"2026-11-22T10:15:00+08:00","daysPastDue":60,"overdueAmount":3000,
                 "outstandingBalance":20000,"customer":{"addressVerified":true,"phoneReachable":false}}""",
                dev.collections.model.AccountFacts.class);
        var answer = new Assessor(java.time.Clock.systemUTC(), java.time.ZoneId.of("Asia/Shanghai"), 10_000)
                .assess(facts, report.ruleSet());
        assertEquals("HOME_VISIT", answer.nextAction().type().name());
        assertTrue(answer.nextAction().reason().startsWith("60 to 89 days past due with at least 3,000 overdue"),
                answer.nextAction().reason());
    }

    @Test
    void aRuleNameOrReasonQuotingANumberFailsValidation() {
        RuleFiles.write(dir, "quoting.drl", "package rules;\nimport dev.collections.policy.*;\n"
                + "rule \"Arrears of 7,000 get noticed\"\nwhen\n    Account( daysPastDue > 9000 )\nthen\n"
                + "    insert( new Candidate( ActionType.SMS, PolicyArea.LADDER, \"nothing-overdue\", kcontext ) );\n"
                + "    insert( new Task( TaskType.VERIFY_DISPUTE, kcontext ) ); // \"9000\" in a comment says nothing\n"
                + "    System.out.println( \"over 9000 days\" );\nend\n");
        RulesCheck.Report report = check.check(dir);
        assertTrue(report.activatable(), "a quoted number is no reason to hold a correct rule set back from going live");
        assertFalse(report.passed());
        String printed = validate(report);
        assertTrue(printed.contains("rule \"Arrears of 7,000 get noticed\" quotes a number in its name"), printed);
        assertTrue(printed.contains("quotes a number in the text \"over 9000 days\""), printed);
    }

    @Test
    void aPolicyLineWithoutAScenarioFailsValidation() throws Exception {
        Files.writeString(dir.resolve(PolicyLines.FILE), Files.readString(dir.resolve(PolicyLines.FILE))
                + "Z9  A line nobody wrote a case for\n");
        RulesCheck.Report report = check.check(dir);
        assertFalse(report.passed());
        assertTrue(validate(report).contains("- policy line without a scenario: Z9"));
    }

    @Test
    void aDirectoryWithoutScenariosIsNeverActivatable() {
        RuleFiles.delete(dir.resolve("scenarios"));
        RulesCheck.Report report = check.check(dir);
        assertFalse(report.activatable());
        assertTrue(validate(report).contains("No scenarios"));
    }
}
