package dev.collections.triage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two nights' decisions compared account by account: the rung, not-before, priority, reasons, holds, offers, tasks,
 * credit report, fallbacks, agency and the step-down capacity gave it. Each night is read in account order and the
 * two are merged, so a night of millions is never held in memory.
 */
public final class RunComparison {
    /** What is compared, as the work item keeps it (the step-down from triage_assignment). */
    static final List<String> FIELDS = List.of("stage", "next_action", "not_before", "priority", "reason", "holds",
            "offers", "tasks", "credit_report", "fallback1", "fallback1_at", "fallback2", "fallback2_at",
            "fallback3", "fallback3_at", "agency", "error", "stepped_down_to");

    /** One account whose decisions differ: the fields and their values in each night. */
    public record Difference(String accountId, Map<String, String[]> fields) {
    }

    /** The comparison: how many accounts each night decided, how many differ, per field, and the first ones. */
    public record Result(int left, int right, int onlyLeft, int onlyRight, int differing,
                         Map<String, Integer> byField, List<Difference> first) {
        public boolean same() {
            return onlyLeft == 0 && onlyRight == 0 && differing == 0;
        }
    }

    private RunComparison() {
    }

    /** Compares the night of {@code leftDate} in {@code left} with that of {@code rightDate} in {@code right}. */
    public static Result compare(Connection left, LocalDate leftDate, Connection right, LocalDate rightDate,
                                 int keep) throws SQLException {
        try (PreparedStatement l = night(left, leftDate); PreparedStatement r = night(right, rightDate);
             ResultSet a = l.executeQuery(); ResultSet b = r.executeQuery()) {
            int[] counts = new int[5];
            Map<String, Integer> byField = new LinkedHashMap<>();
            List<Difference> first = new ArrayList<>();
            boolean hasA = a.next();
            boolean hasB = b.next();
            while (hasA || hasB) {
                int order = !hasA ? 1 : !hasB ? -1 : a.getString("account_id").compareTo(b.getString("account_id"));
                if (order < 0) {
                    counts[0]++;
                    counts[2]++;
                    hasA = a.next();
                } else if (order > 0) {
                    counts[1]++;
                    counts[3]++;
                    hasB = b.next();
                } else {
                    counts[0]++;
                    counts[1]++;
                    Map<String, String[]> fields = new LinkedHashMap<>();
                    for (String f : FIELDS) {
                        String x = text(a, f);
                        String y = text(b, f);
                        if (!Objects.equals(x, y)) {
                            fields.put(f, new String[] {x, y});
                            byField.merge(f, 1, Integer::sum);
                        }
                    }
                    if (!fields.isEmpty()) {
                        counts[4]++;
                        if (first.size() < keep) {
                            first.add(new Difference(a.getString("account_id"), fields));
                        }
                    }
                    hasA = a.next();
                    hasB = b.next();
                }
            }
            return new Result(counts[0], counts[1], counts[2], counts[3], counts[4], byField, first);
        }
    }

    private static PreparedStatement night(Connection c, LocalDate date) throws SQLException {
        PreparedStatement s = c.prepareStatement("SELECT w.account_id, " + String.join(", ", FIELDS.stream()
                .filter(f -> !f.equals("stepped_down_to")).map(f -> "w." + f).toList())
                + ", t.next_action AS stepped_down_to FROM triage_work_item w LEFT JOIN triage_assignment t"
                + " ON t.business_date = w.business_date AND t.account_id = w.account_id"
                + " WHERE w.business_date = ? ORDER BY w.account_id", ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(5000);
        s.setObject(1, date);
        return s;
    }

    /** A value as text (moments as instants, numbers without trailing zeros), null as null. */
    private static String text(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.time.OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        return v == null ? null : v.toString();
    }
}
