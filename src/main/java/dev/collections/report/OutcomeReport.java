package dev.collections.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What followed the decisions made from {@code from} to {@code to} (both included), at one horizon: per next
 * action, and per next action and stage, the decisions whose outcome is known, their cure and roll-forward rates,
 * the amount paid, the share of promises made that were kept, complaints per 1,000 decisions and contacts per
 * decision. Decisions whose horizon has not been reached yet are not counted.
 */
public record OutcomeReport(LocalDate from, LocalDate to, int horizonDays, List<Line> byAction,
                            List<Line> byActionAndStage) {

    public record Line(String nextAction, String stage, int decisions, BigDecimal cureRate,
                       BigDecimal rollForwardRate, BigDecimal amountPaid, BigDecimal promiseKeptRate,
                       BigDecimal complaintsPer1000, BigDecimal contactsPerAccount) {
    }

    public static OutcomeReport of(Connection c, LocalDate from, LocalDate to, int horizon) throws SQLException {
        return new OutcomeReport(from, to, horizon, lines(c, from, to, horizon, false),
                lines(c, from, to, horizon, true));
    }

    private static List<Line> lines(Connection c, LocalDate from, LocalDate to, int horizon, boolean byStage)
            throws SQLException {
        String groups = byStage ? "next_action, stage" : "next_action";
        List<Line> lines = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT " + groups + ", COUNT(*),"
                + " SUM(CASE WHEN result = 'CURED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN result = 'ROLLED_FORWARD' THEN 1 ELSE 0 END), SUM(amount_paid),"
                + " SUM(promises_made), SUM(promises_kept), SUM(complaints), SUM(contacts) FROM decision_outcome"
                + " WHERE horizon_days = ? AND decided_on >= ? AND decided_on <= ? GROUP BY " + groups
                + " ORDER BY " + groups)) {
            s.setInt(1, horizon);
            s.setObject(2, from);
            s.setObject(3, to);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    int i = byStage ? 3 : 2;
                    long n = rs.getLong(i);
                    lines.add(new Line(rs.getString(1), byStage ? rs.getString(2) : null, (int) n,
                            RollRateReport.rate(rs.getLong(i + 1), n), RollRateReport.rate(rs.getLong(i + 2), n),
                            rs.getBigDecimal(i + 3).setScale(2, RoundingMode.HALF_UP),
                            RollRateReport.rate(rs.getLong(i + 5), rs.getLong(i + 4)),
                            per(rs.getLong(i + 6) * 1000, n), per(rs.getLong(i + 7), n)));
                }
            }
        }
        return lines;
    }

    private static BigDecimal per(long count, long decisions) {
        return decisions == 0 ? null
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(decisions), 2, RoundingMode.HALF_UP);
    }
}
