package dev.collections.model;

import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import java.util.List;

/** Account ids in paths follow the same rule as in bodies (api.md: 1-64 of A-Za-z0-9_-). */
public final class AccountIds {
    public static final String RULE = "must be 1-64 characters of A-Z, a-z, 0-9, _ and -";

    private AccountIds() {
    }

    /** The rule as the expression {@code [A-Za-z0-9_-]{1,64}} says it, checked without a matcher (every request). */
    public static boolean isValid(String accountId) {
        if (accountId == null || accountId.isEmpty() || accountId.length() > 64) {
            return false;
        }
        for (int i = 0; i < accountId.length(); i++) {
            char ch = accountId.charAt(i);
            boolean allowed = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
                    || ch == '_' || ch == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** @throws ProblemException (422) for an id that breaks the rule */
    public static void check(String accountId) {
        if (!isValid(accountId)) {
            throw ProblemException.validation(List.of(new Problem.Violation("accountId", RULE)));
        }
    }
}
