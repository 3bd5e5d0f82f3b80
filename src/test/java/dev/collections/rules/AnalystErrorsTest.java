package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mistake in a rule file is reported where it is, in words an analyst reads: the file, the line of the mistake,
 * what is wrong, once, and nothing of the parser's codes or Drools' internals.
 */
class AnalystErrorsTest {
    private static final String RULE = "rule \"An account with nothing overdue needs no action\"";

    private static List<RuleSet.RuleError> errorsAfter(String from, String to) throws IOException {
        Path dir = RuleFiles.copyOfShippedRules();
        Path ladder = dir.resolve("ladder.drl");
        String text = Files.readString(ladder);
        assertTrue(text.contains(from), "the shipped ladder.drl has " + from);
        Files.writeString(ladder, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        RuleSet set = new RuleSetCompiler().compile(dir);
        assertFalse(set.isValid());
        set.errors().forEach(e -> {
            assertFalse(e.message().contains("[ERR"), e.message());
            assertFalse(e.message().contains("null Package"), e.message());
            assertFalse(e.message().contains("dev.collections"), e.message());
        });
        return set.errors();
    }

    private static int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("rules/ladder.drl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in ladder.drl");
    }

    @Test
    void aMissingClosingBracketIsReportedOnItsOwnLineOnce() throws IOException {
        var errors = errorsAfter("Account( daysPastDue == 0 )", "Account( daysPastDue == 0 ");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("ladder.drl", errors.get(0).file());
        assertEquals(lineOf("Account( daysPastDue == 0 )"), errors.get(0).line());
        assertTrue(errors.get(0).message().contains("'(' at column") && errors.get(0).message().contains("not closed"),
                errors.get(0).message());
    }

    @Test
    void aBracketTooManyIsReportedWhereItIs() throws IOException {
        var errors = errorsAfter("Account( daysPastDue == 0 )", "Account( daysPastDue == 0 ))");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(lineOf("Account( daysPastDue == 0 )"), errors.get(0).line());
        assertTrue(errors.get(0).message().contains("closes nothing"), errors.get(0).message());
    }

    @Test
    void aRuleWithoutEndIsReportedAtTheRule() throws IOException {
        var errors = errorsAfter("    insert( new Candidate( ActionType.NONE, PolicyArea.LADDER, \"nothing-overdue\","
                + " kcontext ) );\nend", "    insert( new Candidate( ActionType.NONE, PolicyArea.LADDER,"
                + " \"nothing-overdue\", kcontext ) );\n");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(lineOf(RULE), errors.get(0).line());
        assertTrue(errors.get(0).message().contains("no 'end'"), errors.get(0).message());
    }

    @Test
    void aMisspeltFieldNamesTheFactAndTheField() throws IOException {
        var errors = errorsAfter("Account( daysPastDue == 0 )", "Account( dayPastDue == 0 )");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(lineOf("Account( daysPastDue == 0 )"), errors.get(0).line());
        assertTrue(errors.get(0).message().startsWith("Account has no field 'dayPastDue'"), errors.get(0).message());
    }

    @Test
    void aMisspeltFactIsNamed() throws IOException {
        var errors = errorsAfter("Account( daysPastDue == 0 )", "Acount( daysPastDue == 0 )");
        assertTrue(errors.get(0).message().startsWith("there is no fact called 'Acount'"), errors.get(0).message());
    }
}
