package dev.collections.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A stored reason's code is recognised as the regular expression {@code [a-z0-9.-]+} recognised it, by a scan (the
 * night's lists decode every work item's reason); texts of another kind are still no explanation.
 */
class ExplanationCodeTest {
    private static final String ALPHABET = "az09.-AZ_ (|é中 ０a1b";

    @Test
    void aCodeIsWhatTheRegularExpressionAccepted() {
        Random random = new Random(29);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder code = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                code.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            String text = code.toString();
            assertEquals(text.matches("[a-z0-9.-]+"), Explanation.isCode(text, text.length()), text);
        }
        for (char c = 0; c < 0x3100; c++) {
            String text = "a" + c;
            assertEquals(text.matches("[a-z0-9.-]+"), Explanation.isCode(text, 2), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void storedReasonsDecodeAndOtherTextsDoNot() {
        assertEquals("ladder.m4-large", Explanation.decode("ladder.m4-large(10000)").reason());
        assertNull(Explanation.decode("Ladder.M4(10000)"));
        assertNull(Explanation.decode("(10000)"));
        assertNull(Explanation.decode("an older reason, in words (as it was)"));
    }
}
