package dev.collections.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.collections.account.RecordedAccount;
import dev.collections.policy.ActionType;
import dev.collections.policy.Explanation;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.rules.Texts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The lists put each reason into words once and look it up after that: every item still reads as its own reason
 * says, in the run's language, with the full team when capacity stepped it down, and in its own rule set's words.
 */
class ListReasonsTest {
    private static final RuleSet RULES = new RuleSetCompiler().compile(Path.of("rules"));
    private static final String REASON = Explanation.of("large-arrears-visit", 60, 89, new BigDecimal("5000")).encode();

    /** The shipped rules' words for version "live"; none (the codes as kept) for any other version. */
    private static final TriageDecider DECIDER = new TriageDecider() {
        @Override
        public String version() {
            return "live";
        }

        @Override
        public Texts texts(String version) {
            return version.equals("live") ? RULES.texts() : Texts.NONE;
        }

        @Override
        public List<WorkItem> decide(List<RecordedAccount> chunk) {
            throw new UnsupportedOperationException();
        }
    };

    private static WorkItem item(String version, ActionType denied, String reason) {
        return new WorkItem("A1", "M3", ActionType.CALL, null, 70, BigDecimal.TEN, reason, "", "", "", "NONE",
                version, null, BigDecimal.ONE, null, List.of(), ActionType.HOME_VISIT, denied, BigDecimal.TEN, null,
                null);
    }

    @Test
    void eachItemReadsAsItsOwnReasonSays() {
        var said = new ListReasons(DECIDER, Locale.CHINESE);
        String plain = said.apply(item("live", null, REASON));
        String full = said.apply(item("live", ActionType.HOME_VISIT, REASON));
        String other = said.apply(item("challenger", null, REASON));
        assertEquals("逾期 60 至 89 天，逾期金额不低于 5,000", plain);
        assertEquals(RULES.texts().atCapacity(ActionType.HOME_VISIT, plain, Locale.CHINESE), full);
        assertNotEquals(plain, full);
        assertEquals(Texts.NONE.stored(REASON, Locale.CHINESE), other, "another rule set's words, not these");
        for (int i = 0; i < 3; i++) { // looked up now: the same words
            assertEquals(plain, said.apply(item("live", null, REASON)));
            assertEquals(full, said.apply(item("live", ActionType.HOME_VISIT, REASON)));
            assertEquals(other, said.apply(item("challenger", null, REASON)));
        }
        assertEquals("60 to 89 days past due with at least 5,000 overdue",
                new ListReasons(DECIDER, Locale.ENGLISH).apply(item("live", null, REASON)));
    }

    @Test
    void pastTheKeptReasonsEachIsStillPutIntoWords() {
        var said = new ListReasons(DECIDER, Locale.ENGLISH);
        for (int i = 0; i < ListReasons.KEPT + 50; i++) {
            String reason = Explanation.of("large-arrears-visit", 60, 89, new BigDecimal(1_000 + i)).encode();
            String expected = RULES.texts().stored(reason, Locale.ENGLISH);
            assertEquals(expected, said.apply(item("live", null, reason)));
        }
    }
}
