package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.policy.Account;
import dev.collections.policy.Customer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's mechanics: compile errors are located, a looping or throwing rule cannot hang or crash a caller. */
class RuleEngineTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private Path dir;

    @BeforeEach
    void copyRules() {
        dir = RuleFiles.copyOfShippedRules();
    }

    @AfterEach
    void cleanUp() {
        RuleFiles.delete(dir);
    }

    private static Facts account(int daysPastDue) {
        return account(daysPastDue, "2026-11-22T10:15:00+08:00");
    }

    private static Facts account(int daysPastDue, String asOfText) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        var asOf = OffsetDateTime.parse(asOfText);
        return new Facts(Account.builder().accountId("CC-T").asOf(asOf).zone(zone).currency("CNY")
                .daysPastDue(daysPastDue).overdueAmount(new BigDecimal("100")).outstandingBalance(new BigDecimal("1000"))
                .build(), Customer.builder().phoneReachable(true).creditReportNotified(true).build(),
                null, null, null, null, null, List.of(), null, null);
    }

    @Test
    void aCompileErrorNamesTheFileAndLine() {
        RuleFiles.write(dir, "broken.drl", """
                package rules;
                import dev.collections.policy.*;

                rule "Misspelt fact"
                when
                    Acount( daysPastDue > 0 )
                then
                end
                """);
        RuleSet ruleSet = compiler.compile(dir);
        assertFalse(ruleSet.isValid());
        assertTrue(ruleSet.errors().stream().anyMatch(e -> "broken.drl".equals(e.file()) && e.line() != null
                && e.line() == 6), () -> "errors: " + ruleSet.errors());
    }

    @Test
    void aMissingDirectoryIsAnError() {
        RuleSet ruleSet = compiler.compile(dir.resolve("nowhere"));
        assertFalse(ruleSet.isValid());
        assertEquals(1, ruleSet.errors().size());
    }

    @Test
    void theVersionIsAContentHashOfTheRuleFiles() {
        RuleSet before = compiler.compile(dir);
        assertEquals(before.version(), compiler.compile(dir).version());
        RuleFiles.write(dir, "extra.drl", "package rules;\n");
        RuleSet after = compiler.compile(dir);
        assertTrue(after.version().startsWith("sha256:"));
        assertNotEquals(before.version(), after.version());
    }

    @Test
    void aLoopingRuleIsStoppedByTheFiringLimit() {
        RuleFiles.write(dir, "loop.drl", """
                package rules;
                import dev.collections.policy.*;

                rule "Loops forever"
                when
                    $a : Account()
                then
                    update( $a );
                end
                """);
        RuleSet ruleSet = compiler.compile(dir);
        assertTrue(ruleSet.isValid(), () -> ruleSet.errors().toString());
        var e = assertThrows(RuleEvaluationException.class,
                () -> new RuleEngine().evaluate(ruleSet, account(20), 500));
        assertTrue(e.getMessage().contains("firing limit"), e.getMessage());
    }

    @Test
    void aRuleThatThrowsFailsOnlyThatEvaluation() {
        RuleFiles.write(dir, "throws.drl", """
                package rules;
                import dev.collections.policy.*;

                rule "Fails on day 33"
                when
                    Account( daysPastDue == 33 )
                then
                    throw new IllegalStateException("boom");
                end
                """);
        RuleSet ruleSet = compiler.compile(dir);
        RuleEngine engine = new RuleEngine();
        assertThrows(RuleEvaluationException.class, () -> engine.evaluate(ruleSet, account(33), 10_000));
        assertEquals("CALL", engine.evaluate(ruleSet, account(34), 10_000).nextAction().getType().name());
    }

    @Test
    void effectiveDatesAreJudgedByAsOfNotTheWallClock() {
        RuleFiles.write(dir, "new-year.drl", """
                package rules;
                import dev.collections.policy.*;

                rule "From 2027 accounts 20 days past due get an SMS first"
                    date-effective "01-Jan-2027"
                    date-expires "01-Jul-2027"
                when
                    Account( daysPastDue == 20 )
                then
                    insert( new Candidate( ActionType.SMS, PolicyArea.PROMISE, "early-reminder", kcontext, 20, 20 ) );
                end
                """);
        RuleSet ruleSet = compiler.compile(dir);
        assertTrue(ruleSet.isValid(), () -> ruleSet.errors().toString());
        RuleEngine engine = new RuleEngine();
        assertEquals("CALL", engine.evaluate(ruleSet, account(20, "2026-12-31T12:00:00Z"), 10_000)
                .nextAction().getType().name(), "not yet effective on 31 December");
        assertEquals("SMS", engine.evaluate(ruleSet, account(20, "2027-01-02T12:00:00Z"), 10_000)
                .nextAction().getType().name(), "effective in January, whatever the wall clock says");
        assertEquals("CALL", engine.evaluate(ruleSet, account(20, "2027-07-02T12:00:00Z"), 10_000)
                .nextAction().getType().name(), "expired in July");
    }

    @Test
    void aRuleSetThatChoosesNoActionIsAnError() {
        RuleFiles.delete(dir.resolve("selection.drl"));
        RuleSet ruleSet = compiler.compile(dir);
        var e = assertThrows(RuleEvaluationException.class,
                () -> new RuleEngine().evaluate(ruleSet, account(20), 10_000));
        assertTrue(e.getMessage().contains("next action"), e.getMessage());
    }
}
