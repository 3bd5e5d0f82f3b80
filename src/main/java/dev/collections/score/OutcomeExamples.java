package dev.collections.score;

import dev.collections.account.AccountTimelines;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service's own decisions and what followed them as examples (docs/score.md): each outcome at {@code horizon}
 * days of a decision made from {@code from} on (the night's work items and the recorded assessments), the record
 * as it stood on the decision's day, and whether the account rolled forward (in the last stage: did not improve),
 * the event the live score predicts. An account that left the extracts (GONE) is left out: nothing is known.
 */
public final class OutcomeExamples {
    /** The outcome a score predicts: a later stage, or in the last stage no improvement. */
    static final String ROLLED = "ROLLED_FORWARD";
    /** The target, as a report names it. */
    public static final String TARGET = "rolled forward (in M4+: did not improve)";
    private static final String OUTCOMES = "SELECT account_id, decided_on, stage, result FROM decision_outcome"
            + " WHERE horizon_days = ? AND decided_on >= ? AND result <> 'GONE' ORDER BY decided_on, account_id";
    private static final String ACCOUNTS = "SELECT DISTINCT account_id FROM decision_outcome WHERE decided_on >= ?";

    private OutcomeExamples() {
    }

    public static List<Example> read(Connection c, int horizon, LocalDate from) throws SQLException {
        Map<String, AccountTimelines.Timeline> timelines = AccountTimelines.of(c, ACCOUNTS, from);
        List<Example> examples = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(OUTCOMES)) {
            s.setInt(1, horizon);
            s.setObject(2, from);
            s.setFetchSize(1_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String account = rs.getString(1);
                    LocalDate day = rs.getObject(2, LocalDate.class);
                    String stage = rs.getString(3);
                    String result = rs.getString(4);
                    AccountTimelines.Timeline t = timelines.get(account);
                    if (t == null) {
                        continue;
                    }
                    AccountTimelines.Recorded then = t.asOf(day);
                    boolean event = ROLLED.equals(result) || "M4+".equals(stage) && "STAYED".equals(result);
                    examples.add(new Example(account, ScoreHistories.of(then.behaviour(), then.history(), day),
                            event ? 1 : 0, day.toEpochDay(), Map.of(), stage));
                }
            }
        }
        return examples;
    }
}
