package dev.collections.experiment;

import dev.collections.model.Arm;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the database adds up for each arm of an experiment: the accounts and decisions it made, and, for each
 * account whose first decision in the experiment has reached the horizon, what followed that decision (one
 * observation per account: an account decided every night is counted once, on its first exposure, so arms are
 * compared account for account). Sums and sums of squares only: no account's figure leaves the database.
 */
public record ArmFigures(Arm arm, long accounts, long decisions, long measured, long cured, long rolledForward,
                         long promisesMade, long promisesKept, long withComplaint, BigDecimal amountPaid,
                         double amountSquares, long contacts, double contactSquares) {

    private static final String DECISIONS = "SELECT arm, COUNT(DISTINCT account_id), COUNT(*) FROM ("
            + " SELECT account_id, arm FROM triage_work_item WHERE business_date >= ? AND business_date <= ?"
            + " AND experiment_id = ? UNION ALL SELECT account_id, arm FROM decision WHERE experiment_id = ?) d"
            + " GROUP BY arm";
    private static final String FIRST_EXPOSURES = "WITH exposure AS ("
            + " SELECT o.account_id, o.decided_on, o.decision_key, w.arm, o.result, o.amount_paid, o.promises_made,"
            + " o.promises_kept, o.complaints, o.contacts FROM decision_outcome o JOIN triage_work_item w"
            + " ON w.business_date = o.decided_on AND w.account_id = o.account_id WHERE o.horizon_days = ?"
            + " AND o.source = 'TRIAGE' AND o.decided_on >= ? AND o.decided_on <= ? AND w.experiment_id = ?"
            + " UNION ALL"
            + " SELECT o.account_id, o.decided_on, o.decision_key, e.arm, o.result, o.amount_paid, o.promises_made,"
            + " o.promises_kept, o.complaints, o.contacts FROM decision_outcome o JOIN decision e"
            + " ON e.assessment_id = CAST(o.decision_key AS UUID) WHERE o.horizon_days = ? AND o.source <> 'TRIAGE'"
            + " AND o.decided_on >= ? AND o.decided_on <= ? AND e.experiment_id = ?),"
            + " firsts AS (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY x.account_id"
            + " ORDER BY x.decided_on, x.decision_key) AS n FROM exposure x)"
            + " SELECT arm, COUNT(*), SUM(CASE WHEN result = 'CURED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN result = 'ROLLED_FORWARD' THEN 1 ELSE 0 END), SUM(promises_made), SUM(promises_kept),"
            + " SUM(CASE WHEN complaints > 0 THEN 1 ELSE 0 END), SUM(amount_paid), SUM(amount_paid * amount_paid),"
            + " SUM(contacts), SUM(CAST(contacts AS BIGINT) * contacts) FROM firsts WHERE n = 1 GROUP BY arm";

    static ArmFigures none(Arm arm) {
        return new ArmFigures(arm, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0);
    }

    /** Each arm's figures (an arm without decisions has zeros). */
    static Map<Arm, ArmFigures> of(Connection c, Experiment e) throws SQLException {
        Map<Arm, long[]> decided = new EnumMap<>(Arm.class);
        try (PreparedStatement s = c.prepareStatement(DECISIONS)) {
            s.setObject(1, e.startsOn);
            s.setObject(2, e.endsOn);
            s.setLong(3, e.id);
            s.setLong(4, e.id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    decided.put(Arm.valueOf(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        Map<Arm, ArmFigures> figures = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            long[] d = decided.getOrDefault(arm, new long[2]);
            figures.put(arm, new ArmFigures(arm, d[0], d[1], 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0));
        }
        try (PreparedStatement s = c.prepareStatement(FIRST_EXPOSURES)) {
            for (int part = 0; part < 2; part++) {
                s.setInt(1 + 4 * part, e.horizonDays);
                s.setObject(2 + 4 * part, e.startsOn);
                s.setObject(3 + 4 * part, e.endsOn);
                s.setLong(4 + 4 * part, e.id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Arm arm = Arm.valueOf(rs.getString(1));
                    ArmFigures d = figures.get(arm);
                    figures.put(arm, new ArmFigures(arm, d.accounts, d.decisions, rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8),
                            rs.getDouble(9), rs.getLong(10), rs.getDouble(11)));
                }
            }
        }
        return figures;
    }
}
