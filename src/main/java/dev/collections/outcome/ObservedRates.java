package dev.collections.outcome;

import dev.collections.policy.ActionType;
import dev.collections.policy.DelinquencyStage;
import dev.collections.policy.RollRates;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The roll rates the priority rules read, observed in the stored outcomes at the first horizon of the decisions
 * made in the window before a date, per stage and next action. Read once per run.
 */
public final class ObservedRates {
    private ObservedRates() {
    }

    public static RollRates before(Connection c, LocalDate date, int horizon, int windowDays) throws SQLException {
        Map<String, RollRates.Observed> observed = new HashMap<>();
        try (var s = c.prepareStatement("SELECT stage, next_action, COUNT(*),"
                + " SUM(CASE WHEN result = 'ROLLED_FORWARD' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN result = 'STAYED' THEN 1 ELSE 0 END) FROM decision_outcome"
                + " WHERE horizon_days = ? AND decided_on >= ? AND decided_on < ? AND result <> 'GONE'"
                + " GROUP BY stage, next_action")) {
            s.setInt(1, horizon);
            s.setObject(2, date.minusDays(windowDays));
            s.setObject(3, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    String label = rs.getString(1);
                    DelinquencyStage stage = Arrays.stream(DelinquencyStage.values())
                            .filter(st -> st.label().equals(label)).findFirst().orElse(null);
                    if (stage != null) {
                        observed.put(RollRates.key(stage, ActionType.valueOf(rs.getString(2))),
                                new RollRates.Observed(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
            }
        }
        return new RollRates(observed);
    }
}
