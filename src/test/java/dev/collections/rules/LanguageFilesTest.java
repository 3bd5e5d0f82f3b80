package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.policy.Explanation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every word a decision says exists in English and Chinese, in the analysts' language files beside the rules: the
 * rules check refuses a rule without its Chinese name, a reason without both languages, a template whose numbers
 * differ between the languages or from what the rule passes, and a number written into a reason.
 */
class LanguageFilesTest {
    private final RulesCheck check = new RulesCheck(ZoneId.of("Asia/Shanghai"), 10_000);
    private final Path dir = RuleFiles.copyOfShippedRules();

    @AfterEach
    void cleanUp() {
        RuleFiles.delete(dir);
    }

    private void edit(String file, String from, String to) throws Exception {
        Path path = dir.resolve(file);
        String before = Files.readString(path);
        assertTrue(before.contains(from), file + " holds " + from);
        Files.writeString(path, before.replace(from, to));
    }

    private String refusals() {
        RulesCheck.Report report = check.check(dir);
        assertFalse(report.activatable(), "refused");
        return report.refusals().toString();
    }

    @Test
    void theShippedRulesSayEveryDecisionInBothLanguages() {
        RuleSet rules = new RuleSetCompiler().compile(Path.of("rules"));
        assertTrue(rules.isValid(), rules.errors().toString());
        Explanation e = Explanation.of("large-arrears-visit", 60, 89, new java.math.BigDecimal("5000"))
                .withSteps(List.of(new Explanation.Step(dev.collections.policy.ActionType.HOME_VISIT,
                        List.of(dev.collections.policy.SuppressionReason.PROMISE_PENDING),
                        dev.collections.policy.ActionType.CALL)));
        assertEquals("60 to 89 days past due with at least 5,000 overdue; home visit held back (a promise to pay not"
                + " yet due), so call", rules.texts().reason(e, Locale.ENGLISH));
        assertEquals("逾期 60 至 89 天，逾期金额不低于 5,000；上门催收暂缓（还款承诺尚未到期），改为电话催收",
                rules.texts().reason(e, Locale.CHINESE));
        assertEquals("M3 阶段逾期金额较大的账户上门催收",
                rules.texts().ruleName("Large arrears in stage M3 get a home visit", Locale.CHINESE));
        assertEquals(e, Explanation.decode(e.encode()), "kept in no language and read back the same");
    }

    @Test
    void aRuleWithoutItsChineseNameIsRefused() throws Exception {
        edit("language/zh.yaml", "  \"Large arrears in stage M3 get a home visit\": M3 阶段逾期金额较大的账户上门催收\n", "");
        String refusals = refusals();
        assertTrue(refusals.contains("rule \"Large arrears in stage M3 get a home visit\" has no name in this language"),
                refusals);
    }

    @Test
    void aReasonWithoutBothLanguagesIsRefusedWithItsFileAndLine() throws Exception {
        edit("language/zh.yaml", "  promise-broken: 客户未履行还款承诺\n", "");
        assertTrue(refusals().contains("reasons.promise-broken is missing"), refusals());
        RuleFiles.copyShippedRulesTo(dir);
        edit("promises.drl", "\"promise-broken\"", "\"promise-forgotten\"");
        String refusals = refusals();
        assertTrue(refusals.contains("promises.drl") && refusals.contains("\"promise-forgotten\" is not written in"),
                refusals);
    }

    @Test
    void aTemplateWhoseNumbersDifferIsRefused() throws Exception {
        edit("language/zh.yaml", "large-arrears-visit: \"逾期 {0} 至 {1} 天，逾期金额不低于 {2}\"",
                "large-arrears-visit: \"逾期 {0} 至 {1} 天\"");
        assertTrue(refusals().contains("reasons.large-arrears-visit takes [0, 1] but language/en.yaml takes [0, 1, 2]"),
                refusals());
        RuleFiles.copyShippedRulesTo(dir);
        edit("ladder.drl", "\"large-arrears-visit\", kcontext, stageM3From(),\n            stageM4From() - 1, largeArrears() )",
                "\"large-arrears-visit\", kcontext, stageM3From(),\n            stageM4From() - 1 )");
        String refusals = refusals();
        assertTrue(refusals.contains("reason \"large-arrears-visit\"") && refusals.contains("the rule gives 2"),
                refusals);
    }

    @Test
    void aNumberWrittenIntoAReasonIsRefused() throws Exception {
        edit("language/en.yaml", "large-arrears-visit: \"{0} to {1} days past due with at least {2} overdue\"",
                "large-arrears-visit: \"{0} to {1} days past due with at least 5,000 overdue\"");
        assertTrue(refusals().contains("writes a number"), refusals());
    }
}
