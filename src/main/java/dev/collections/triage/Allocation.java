package dev.collections.triage;

import dev.collections.policy.ActionType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Gives each team its day's accounts in order of priority, within its capacity, in the database (the portfolio is
 * never held in memory): from the highest rung down (legal action, home visits per region, calls, SMS), the
 * accounts beyond a team's capacity step down to the next rung their policy allows (the rungs the selection step
 * kept with the decision), or to no action today, and keep the rung they were denied. Accounts denied by capacity
 * on the previous run come first, then the highest priority, ties by account id: the same data gives the same
 * lists. Starting again from the rules' decisions, it gives the same result when a resumed run does it twice.
 */
final class Allocation {
    private static final List<ActionType> TOP_DOWN = List.of(ActionType.LEGAL_ACTION, ActionType.HOME_VISIT,
            ActionType.CALL, ActionType.SMS);

    private Allocation() {
    }

    /** One team's day: its capacity, the accounts that asked for it, those it took, and the expected loss of each. */
    record Use(ActionType channel, String region, Integer capacity, int demand, int assigned, int overflow,
               BigDecimal priorityDemanded, BigDecimal priorityCovered) {
    }

    static List<Use> allocate(Connection c, LocalDate date, CapacityPlan plan, LocalDate previousRun)
            throws SQLException {
        try (var s = c.prepareStatement("UPDATE triage_work_item SET next_action = decided_action,"
                + " capacity_denied = NULL WHERE business_date = ? AND capacity_denied IS NOT NULL")) {
            s.setObject(1, date);
            s.executeUpdate();
        }
        List<Use> uses = new ArrayList<>();
        for (ActionType channel : TOP_DOWN) {
            for (String region : channel == ActionType.HOME_VISIT ? regions(c, date) : List.of("")) {
                uses.add(allocate(c, date, channel, region, plan.capacity(channel, region), previousRun));
            }
        }
        c.commit();
        return uses;
    }

    private static Use allocate(Connection c, LocalDate date, ActionType channel, String region, OptionalInt capacity,
                                LocalDate previousRun) throws SQLException {
        String team = "business_date = ? AND next_action = '" + channel.name() + "'"
                + (channel == ActionType.HOME_VISIT ? " AND COALESCE(region, '') = ?" : "");
        int demand;
        BigDecimal demanded;
        try (var s = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(priority), 0) FROM triage_work_item WHERE "
                + team)) {
            bind(s, 1, date, channel, region);
            try (var rs = s.executeQuery()) {
                rs.next();
                demand = rs.getInt(1);
                demanded = rs.getBigDecimal(2);
            }
        }
        if (capacity.isEmpty() || demand <= capacity.getAsInt()) {
            return new Use(channel, region, capacity.isPresent() ? capacity.getAsInt() : null, demand, demand, 0,
                    demanded, demanded);
        }
        // the first account beyond capacity, in the team's order: carried over first, then priority, then id
        String carried = carried(previousRun, "w.account_id");
        Object[] first;
        try (var s = c.prepareStatement("SELECT carried, priority, account_id FROM (SELECT " + carried
                + " AS carried, w.priority, w.account_id FROM triage_work_item w WHERE " + qualified(team)
                + ") r ORDER BY carried DESC, priority DESC, account_id OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
            int i = bindCarried(s, 1, previousRun);
            i = bind(s, i, date, channel, region);
            s.setInt(i, capacity.getAsInt());
            try (var rs = s.executeQuery()) {
                rs.next();
                first = new Object[] {rs.getInt(1), rs.getBigDecimal(2), rs.getString(3)};
            }
        }
        // every account from that one on steps down: one statement, no per-row subquery over the team
        String own = carried(previousRun, "triage_work_item.account_id");
        int overflow;
        try (var s = c.prepareStatement("UPDATE triage_work_item SET capacity_denied = COALESCE(capacity_denied, '"
                + channel.name() + "'), next_action = " + stepDown(channel, false) + ", not_before = "
                + stepDown(channel, true) + " WHERE " + team + " AND (" + own + " < ? OR (" + own
                + " = ? AND (priority < ? OR (priority = ? AND account_id >= ?))))")) {
            int i = bind(s, 1, date, channel, region);
            i = bindCarried(s, i, previousRun);
            s.setInt(i++, (Integer) first[0]);
            i = bindCarried(s, i, previousRun);
            s.setInt(i++, (Integer) first[0]);
            s.setBigDecimal(i++, (BigDecimal) first[1]);
            s.setBigDecimal(i++, (BigDecimal) first[1]);
            s.setString(i, (String) first[2]);
            overflow = s.executeUpdate();
        }
        BigDecimal covered;
        try (var s = c.prepareStatement("SELECT COALESCE(SUM(priority), 0) FROM triage_work_item WHERE " + team)) {
            bind(s, 1, date, channel, region);
            try (var rs = s.executeQuery()) {
                rs.next();
                covered = rs.getBigDecimal(1);
            }
        }
        return new Use(channel, region, capacity.getAsInt(), demand, demand - overflow, overflow, demanded, covered);
    }

    /** 1 when the account was denied by capacity on the previous run (it comes first today), else 0. */
    private static String carried(LocalDate previousRun, String account) {
        return previousRun == null ? "0" : "(CASE WHEN EXISTS (SELECT 1 FROM triage_work_item p"
                + " WHERE p.business_date = ? AND p.account_id = " + account + " AND p.capacity_denied IS NOT NULL)"
                + " THEN 1 ELSE 0 END)";
    }

    private static int bindCarried(java.sql.PreparedStatement s, int i, LocalDate previousRun) throws SQLException {
        if (previousRun == null) {
            return i;
        }
        s.setObject(i, previousRun);
        return i + 1;
    }

    private static String qualified(String team) {
        return team.replace("business_date", "w.business_date").replace("next_action", "w.next_action")
                .replace("region", "w.region");
    }

    /**
     * The first rung below {@code channel} that the account's policy allows (its fallbacks are highest first), else
     * no action today; with {@code moment}, that rung's earliest moment (the contact hours and caps of that rung).
     */
    private static String stepDown(ActionType channel, boolean moment) {
        StringBuilder below = new StringBuilder();
        for (ActionType lower = channel.lower(); lower != ActionType.NONE; lower = lower.lower()) {
            below.append(below.isEmpty() ? "" : ", ").append('\'').append(lower.name()).append('\'');
        }
        if (below.isEmpty()) {
            return moment ? "not_before" : "'NONE'";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i <= WorkItemWriter.FALLBACKS; i++) {
            sql.append(" WHEN fallback").append(i).append(" IN (").append(below).append(") THEN fallback").append(i)
                    .append(moment ? "_at" : "");
        }
        return sql.append(moment ? " ELSE not_before END" : " ELSE 'NONE' END").toString();
    }

    private static int bind(java.sql.PreparedStatement s, int from, LocalDate date, ActionType channel,
                            String region) throws SQLException {
        int i = from;
        s.setObject(i++, date);
        if (channel == ActionType.HOME_VISIT) {
            s.setString(i++, region);
        }
        return i;
    }

    private static List<String> regions(Connection c, LocalDate date) throws SQLException {
        List<String> regions = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT DISTINCT COALESCE(region, '') FROM triage_work_item"
                + " WHERE business_date = ? AND next_action = 'HOME_VISIT' ORDER BY 1")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    regions.add(rs.getString(1));
                }
            }
        }
        return regions;
    }
}
