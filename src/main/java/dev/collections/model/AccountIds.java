package dev.collections.model;

import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import java.util.List;
import java.util.regex.Pattern;

/** Account ids in paths follow the same rule as in bodies (api.md: 1-64 of A-Za-z0-9_-). */
public final class AccountIds {
    public static final String RULE = "must be 1-64 characters of A-Z, a-z, 0-9, _ and -";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private AccountIds() {
    }

    public static boolean isValid(String accountId) {
        return accountId != null && VALID.matcher(accountId).matches();
    }

    /** @throws ProblemException (422) for an id that breaks the rule */
    public static void check(String accountId) {
        if (!isValid(accountId)) {
            throw ProblemException.validation(List.of(new Problem.Violation("accountId", RULE)));
        }
    }
}
