package dev.collections.common;

import java.util.ArrayList;
import java.util.List;

/** page/size query parameters: page from 0, size 1-100 (default 20); and any other whole-number query parameter. */
public record Paging(int page, int size) {
    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;

    public static Paging of(String page, String size) {
        List<Problem.Violation> violations = new ArrayList<>();
        int p = parse(page, 0, 0, 1_000_000, "page", violations);
        int s = parse(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
        return new Paging(p, s);
    }

    /** A whole-number query parameter from {@code min} to {@code max}, {@code absent} when not given; else 422. */
    public static int number(String value, int absent, int min, int max, String name) {
        List<Problem.Violation> violations = new ArrayList<>();
        int n = parse(value, absent, min, max, name, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
        return n;
    }

    private static int parse(String value, int absent, int min, int max, String name,
                             List<Problem.Violation> violations) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Problem.Violation(name, "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
