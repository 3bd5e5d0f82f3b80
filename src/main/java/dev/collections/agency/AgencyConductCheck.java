package dev.collections.agency;

import dev.collections.policy.AgencyComplaint;
import dev.collections.policy.AgencyConduct;
import dev.collections.policy.AgencyStatus;
import dev.collections.policy.AgencySuspension;
import dev.collections.rules.AgencyReview;
import dev.collections.rules.RuleSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Before a night is decided (policy.md rev. 3, AG6): every ACTIVE agency's standing and the accounts placed with it,
 * and the complaints opened on accounts while they were placed with it in the last year, put to the rules; the
 * agencies they suspend are suspended here (who: the night; why: the complaints and the rule), on the caller's
 * connection, so that AG4 recalls their accounts in the same night.
 */
public final class AgencyConductCheck {
    private static final int LOOK_BACK_DAYS = 366;

    private AgencyConductCheck() {
    }

    /** The agencies suspended tonight. The caller commits. */
    public static List<AgencySuspension> suspendOverLimit(Connection c, LocalDate date, RuleSet rules, int fireLimit)
            throws SQLException {
        List<Object> facts = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT g.id, g.status, (SELECT COUNT(*) FROM account_placement p"
                + " WHERE p.agency_id = g.id AND p.recalled_on IS NULL) FROM agency g WHERE g.status = 'ACTIVE'");
             var rs = s.executeQuery()) {
            while (rs.next()) {
                facts.add(new AgencyConduct(rs.getLong(1), AgencyStatus.valueOf(rs.getString(2)), rs.getInt(3)));
            }
        }
        if (facts.isEmpty()) {
            return List.of();
        }
        try (var s = c.prepareStatement("SELECT p.agency_id, x.opened_on FROM complaint x JOIN account_placement p"
                + " ON p.account_id = x.account_id AND p.placed_on <= x.opened_on"
                + " AND (p.recalled_on IS NULL OR p.recalled_on >= x.opened_on)"
                + " WHERE x.opened_on <= ? AND x.opened_on > ?")) {
            s.setObject(1, date);
            s.setObject(2, date.minusDays(LOOK_BACK_DAYS));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(new AgencyComplaint(rs.getLong(1), (int) ChronoUnit.DAYS.between(
                            rs.getObject(2, LocalDate.class), date)));
                }
            }
        }
        List<AgencySuspension> suspended = AgencyReview.review(rules, facts, fireLimit).suspensions();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (AgencySuspension s : suspended) {
            String by = "nightly triage " + date;
            String why = s.getComplaints() + " complaints in the window for " + s.getPlacedAccounts()
                    + " accounts placed (AG6: \"" + s.getRule() + "\")";
            try (var u = c.prepareStatement("UPDATE agency SET status = 'SUSPENDED', status_changed_by = ?,"
                    + " status_changed_at = ?, status_reason = ?, updated_at = ? WHERE id = ?");
                 var h = c.prepareStatement("INSERT INTO agency_status_change (agency_id, status, changed_by,"
                         + " changed_at, reason) VALUES (?, 'SUSPENDED', ?, ?, ?)")) {
                u.setString(1, by);
                u.setObject(2, now);
                u.setString(3, why);
                u.setObject(4, now);
                u.setLong(5, s.getAgencyId());
                u.executeUpdate();
                h.setLong(1, s.getAgencyId());
                h.setString(2, by);
                h.setObject(3, now);
                h.setString(4, why);
                h.executeUpdate();
            }
        }
        return suspended;
    }
}
