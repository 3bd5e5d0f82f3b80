package dev.collections.outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * The outcome windows already computed: a triage run's work items ({@link #TRIAGE}, by business date) or the
 * decisions recorded on a day ({@link #RECORDED}), at one horizon, with how many outcomes it stored. A window is
 * computed once, when the positions reach its horizon: a completed run gets no more work items and a day no more
 * decisions (they are stamped when made), so what it stored then is all it will store.
 */
final class OutcomeWindows {
    static final String TRIAGE = "TRIAGE";
    static final String RECORDED = "RECORDED";

    private OutcomeWindows() {
    }

    /** Remembers a window as computed, in the caller's transaction (with the outcomes it stored). */
    static void remember(Connection c, String source, LocalDate decidedOn, int horizon, int outcomes)
            throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO outcome_window (source, decided_on, horizon_days, outcomes,"
                + " computed_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, source);
            s.setObject(2, decidedOn);
            s.setInt(3, horizon);
            s.setInt(4, outcomes);
            s.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** The days whose windows from {@code source} at {@code horizon} are computed. */
    static Set<LocalDate> computed(Connection c, String source, int horizon) throws SQLException {
        Set<LocalDate> days = new HashSet<>();
        try (var s = c.prepareStatement("SELECT decided_on FROM outcome_window"
                + " WHERE source = ? AND horizon_days = ?")) {
            s.setString(1, source);
            s.setInt(2, horizon);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getObject(1, LocalDate.class));
                }
            }
        }
        return days;
    }
}
