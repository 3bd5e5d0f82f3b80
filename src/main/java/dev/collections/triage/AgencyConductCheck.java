package dev.collections.triage;

import dev.collections.account.PortfolioQueries;
import dev.collections.policy.AgencyStatus;
import dev.collections.policy.AgencySuspension;
import dev.collections.rules.AgencyReview;
import dev.collections.rules.RuleSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Before a night is decided (policy.md rev. 3, AG6): every ACTIVE agency's standing and the accounts placed with it,
 * and the complaints opened on accounts while they were placed with it in the last year, put to the rules; the
 * agencies they suspend are suspended here (who: the night; why: the complaints and the rule), on the caller's
 * connection, so that AG4 recalls their accounts in the same night.
 */
final class AgencyConductCheck {
    private static final int LOOK_BACK_DAYS = 366;

    private AgencyConductCheck() {
    }

    /**
     * Ends every agency whose contract lapsed before {@code date} while its standing still says otherwise (to protect
     * the customer: no agency works an account without a contract in force; AG4 recalls its accounts tonight).
     * The agencies ended. The caller commits.
     */
    static List<Long> endLapsedContracts(Connection c, LocalDate date) throws SQLException {
        List<Long> lapsed = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT id FROM agency WHERE status <> 'ENDED' AND contract_until < ?")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    lapsed.add(rs.getLong(1));
                }
            }
        }
        for (long id : lapsed) {
            change(c, id, AgencyStatus.ENDED, "nightly triage " + date, "contract ended");
        }
        return lapsed;
    }

    /** The agencies suspended tonight. The caller commits. */
    static List<AgencySuspension> suspendOverLimit(Connection c, LocalDate date, RuleSet rules, int fireLimit)
            throws SQLException {
        List<Object> facts = new ArrayList<>(PortfolioQueries.activeAgencies(c));
        if (facts.isEmpty()) {
            return List.of();
        }
        facts.addAll(PortfolioQueries.complaintsWhilePlaced(c, date, LOOK_BACK_DAYS));
        List<AgencySuspension> suspended = AgencyReview.review(rules, facts, fireLimit).suspensions();
        for (AgencySuspension s : suspended) {
            change(c, s.getAgencyId(), AgencyStatus.SUSPENDED, "nightly triage " + date, s.getComplaints()
                    + " complaints in the window for " + s.getPlacedAccounts() + " accounts placed (AG6: \""
                    + s.getRule() + "\")");
        }
        return suspended;
    }

    private static void change(Connection c, long agency, AgencyStatus to, String by, String why)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (var u = c.prepareStatement("UPDATE agency SET status = ?, status_changed_by = ?, status_changed_at = ?,"
                + " status_reason = ?, updated_at = ? WHERE id = ?");
             var h = c.prepareStatement("INSERT INTO agency_status_change (agency_id, status, changed_by,"
                     + " changed_at, reason) VALUES (?, ?, ?, ?, ?)")) {
            u.setString(1, to.name());
            u.setString(2, by);
            u.setObject(3, now);
            u.setString(4, why);
            u.setObject(5, now);
            u.setLong(6, agency);
            u.executeUpdate();
            h.setLong(1, agency);
            h.setString(2, to.name());
            h.setString(3, by);
            h.setObject(4, now);
            h.setString(5, why);
            h.executeUpdate();
        }
    }
}
