package dev.collections.triage;

import dev.collections.model.Assessment;
import dev.collections.policy.ActionType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A stored work item as the lists' pass reads it ({@link SortedWorkItems}): its columns, and the item from a row. */
final class WorkItemRows {
    /** A work item as the rules decided it; the allocation of the same pass gives it its team's rung. */
    static final String COLUMNS = "w.account_id, w.stage, w.next_action, w.not_before, w.days_past_due,"
            + " w.overdue_amount, w.reason, w.holds, w.offers, w.tasks, w.credit_report, w.ruleset_version, w.error,"
            + " w.priority, w.region, w.fallback1, w.fallback1_at, w.fallback2, w.fallback2_at, w.fallback3,"
            + " w.fallback3_at, w.next_action, CAST(NULL AS VARCHAR(16)), w.outstanding_balance, w.agency";

    private WorkItemRows() {
    }

    /** A stored work item, its reason the copy kept in {@code reasons}. */
    static WorkItem read(ResultSet rs, Map<String, String> reasons) throws SQLException {
        return new WorkItem(rs.getString(1), rs.getString(2), action(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class), rs.getInt(5), rs.getBigDecimal(6),
                sameReason(reasons, rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getBigDecimal(14), rs.getString(15),
                fallbacks(rs), action(rs.getString(22)), action(rs.getString(23)), rs.getBigDecimal(24), null, null,
                rs.getString(25));
    }

    private static String sameReason(Map<String, String> reasons, String reason) {
        if (reason == null) {
            return null;
        }
        String kept = reasons.get(reason);
        if (kept == null && reasons.size() < ListReasons.KEPT) {
            reasons.put(reason, reason);
        }
        return kept == null ? reason : kept;
    }

    private static List<Assessment.Step> fallbacks(ResultSet rs) throws SQLException {
        List<Assessment.Step> steps = new ArrayList<>(WorkItemWriter.FALLBACKS);
        for (int i = 0; i < WorkItemWriter.FALLBACKS; i++) {
            String type = rs.getString(16 + 2 * i);
            if (type != null) {
                steps.add(new Assessment.Step(ActionType.valueOf(type), rs.getObject(17 + 2 * i, OffsetDateTime.class)));
            }
        }
        return steps;
    }

    private static ActionType action(String name) {
        return name == null ? null : ActionType.valueOf(name);
    }
}
