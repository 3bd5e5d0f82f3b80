package dev.collections.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An account id and a currency code are recognised as the regular expressions of api.md recognised them
 * ({@code [A-Za-z0-9_-]{1,64}} and {@code [A-Z]{3}}), by a scan: every assessment checks both.
 */
class IdentifierScanTest {
    private static final String ODD = "_-. /\\é中０Ａ\u0000\u007f\uD83D\uDE00zZ09";

    @Test
    void anAccountIdIsWhatTheExpressionAccepted() {
        Random random = new Random(31);
        for (int i = 0; i < 20_000; i++) {
            String id = text(random, random.nextInt(70));
            assertEquals(id.matches("[A-Za-z0-9_-]{1,64}"), AccountIds.isValid(id), id);
        }
        for (char c = 0; c < 0x3100; c++) {
            String id = "A" + c;
            assertEquals(id.matches("[A-Za-z0-9_-]{1,64}"), AccountIds.isValid(id), "U+" + Integer.toHexString(c));
        }
        assertTrue(AccountIds.isValid("a".repeat(64)));
        assertFalse(AccountIds.isValid("a".repeat(65)));
        assertFalse(AccountIds.isValid(""));
        assertFalse(AccountIds.isValid(null));
    }

    @Test
    void aCurrencyIsThreeCapitalLettersAsTheExpressionSaid() {
        Random random = new Random(4217);
        for (int i = 0; i < 20_000; i++) {
            String code = text(random, random.nextInt(5)).toUpperCase(Locale.ROOT);
            assertEquals(code.matches("[A-Z]{3}"), FactsValidator.isCurrencyCode(code), code);
        }
        for (char c = 0; c < 0x3100; c++) {
            String code = "CN" + c;
            assertEquals(code.matches("[A-Z]{3}"), FactsValidator.isCurrencyCode(code), "U+" + Integer.toHexString(c));
        }
        assertTrue(FactsValidator.isCurrencyCode("CNY"));
        assertFalse(FactsValidator.isCurrencyCode("cny"));
    }

    private static String text(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int n = 0; n < length; n++) {
            s.append(random.nextInt(6) == 0 ? ODD.charAt(random.nextInt(ODD.length()))
                    : (char) ('A' + random.nextInt(58)));
        }
        return s.toString();
    }
}
