package dev.collections.account;

import dev.collections.policy.AgencyComplaint;
import dev.collections.policy.AgencyConduct;
import dev.collections.policy.AgencyStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions other features ask of the whole record in bulk, on their own connection: which accounts it holds,
 * how the portfolio cuts into slices, and the agencies' conduct on the accounts placed with them. The account
 * tables are read here and in {@link PortfolioCursor}, never by the triage, the import or the simulation
 * themselves (ArchitectureTest).
 */
public final class PortfolioQueries {
    private PortfolioQueries() {
    }

    /** Which of {@code ids} the record holds: one query with the ids as an array parameter. */
    public static Set<String> known(Connection c, Set<String> ids) throws SQLException {
        Set<String> known = new HashSet<>();
        try (var s = c.prepareStatement("SELECT account_id FROM account WHERE account_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }

    /** How many accounts the record holds, due or not. */
    public static int countAll(Connection c) throws SQLException {
        try (var s = c.prepareStatement("SELECT COUNT(*) FROM account"); var rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Every {@code size}-th account id of the record (every account, due or not, so the bounds cost one index scan),
     * in the account-id column's own order, the order its indexes keep: the bounds of slices of about that size.
     */
    public static List<String> sliceBounds(Connection c, int size) throws SQLException {
        List<String> bounds = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT t.account_id FROM (SELECT account_id, ROW_NUMBER() OVER (ORDER BY"
                + " account_id) AS n FROM account) t WHERE MOD(t.n, ?) = 0 ORDER BY t.account_id")) {
            s.setInt(1, Math.max(1, size));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    bounds.add(rs.getString(1));
                }
            }
        }
        return bounds;
    }

    /**
     * The accounts each agency holds now (placed and not recalled), leaving out those placed by the run of
     * {@code runDate} (a night run again counts its own placements afresh).
     */
    public static java.util.Map<Long, Integer> heldByAgency(Connection c, LocalDate runDate) throws SQLException {
        java.util.Map<Long, Integer> held = new java.util.HashMap<>();
        try (var s = c.prepareStatement("SELECT p.agency_id, COUNT(*) FROM account_placement p"
                + " WHERE p.recalled_on IS NULL AND (p.placed_by_run IS NULL OR p.placed_by_run <> ?)"
                + " GROUP BY p.agency_id")) {
            s.setObject(1, runDate);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    held.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return held;
    }

    /** Every ACTIVE agency with the number of accounts placed with it and not recalled (AG6's facts). */
    public static List<AgencyConduct> activeAgencies(Connection c) throws SQLException {
        List<AgencyConduct> facts = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT g.id, g.status, (SELECT COUNT(*) FROM account_placement p"
                + " WHERE p.agency_id = g.id AND p.recalled_on IS NULL) FROM agency g WHERE g.status = 'ACTIVE'");
             var rs = s.executeQuery()) {
            while (rs.next()) {
                facts.add(new AgencyConduct(rs.getLong(1), AgencyStatus.valueOf(rs.getString(2)), rs.getInt(3)));
            }
        }
        return facts;
    }

    /**
     * The complaints opened on accounts while they were placed with an agency, on {@code date} or in the
     * {@code lookBackDays} before it, each with its agency and its age in days on {@code date} (AG6's facts).
     */
    public static List<AgencyComplaint> complaintsWhilePlaced(Connection c, LocalDate date, int lookBackDays)
            throws SQLException {
        List<AgencyComplaint> facts = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT p.agency_id, x.opened_on FROM complaint x JOIN account_placement p"
                + " ON p.account_id = x.account_id AND p.placed_on <= x.opened_on"
                + " AND (p.recalled_on IS NULL OR p.recalled_on >= x.opened_on)"
                + " WHERE x.opened_on <= ? AND x.opened_on > ?")) {
            s.setObject(1, date);
            s.setObject(2, date.minusDays(lookBackDays));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(new AgencyComplaint(rs.getLong(1), (int) ChronoUnit.DAYS.between(
                            rs.getObject(2, LocalDate.class), date)));
                }
            }
        }
        return facts;
    }
}
