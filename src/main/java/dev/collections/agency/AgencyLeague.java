package dev.collections.agency;

import dev.collections.common.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * How each agency did with the accounts placed with it (policy.md rev. 3), at an outcome horizon: only placements
 * whose horizon has passed by {@code asOf} count. Recovered: the payments on the account between the placement and
 * its recall or its horizon, whichever came first, against the balance placed; cured: the account back to no days
 * past due in that time (a position of 0, or recalled because nothing was overdue); complaints opened while placed,
 * per 1,000 placements; the fee the agency earned on what it recovered. Highest recovery rate first.
 */
@ApplicationScoped
public class AgencyLeague {
    private final DataSource database;

    public AgencyLeague(DataSource database) {
        this.database = database;
    }

    /** One agency's line of the table. */
    public record Line(long agencyId, String name, String status, int placements, BigDecimal placedBalance,
                       BigDecimal recovered, BigDecimal recoveryRate, BigDecimal cureRate,
                       BigDecimal complaintsPer1000, BigDecimal feeEarned) {
    }

    public record Table(int horizonDays, LocalDate asOf, List<Line> lines) {
    }

    private static final String WINDOW = " p.placed_on + CAST(? AS INTEGER) <= ?";

    public Table of(int horizon, LocalDate asOf) {
        try (Connection c = Database.open(database)) {
            Map<Long, Line> lines = new HashMap<>();
            List<Long> order = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT g.id, g.name, g.status, g.fee_rate, COUNT(p.id),"
                    + " COALESCE(SUM(p.placed_balance), 0) FROM agency g LEFT JOIN account_placement p"
                    + " ON p.agency_id = g.id AND" + WINDOW + " GROUP BY g.id, g.name, g.status, g.fee_rate")) {
                s.setInt(1, horizon);
                s.setObject(2, asOf);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        order.add(id);
                        lines.put(id, new Line(id, rs.getString(2), rs.getString(3), rs.getInt(5),
                                rs.getBigDecimal(6), BigDecimal.ZERO, null, null, null, rs.getBigDecimal(4)));
                    }
                }
            }
            Map<Long, BigDecimal> recovered = sums(c, "SELECT p.agency_id, COALESCE(SUM(m.amount), 0)"
                    + " FROM account_placement p JOIN payment m ON m.account_id = p.account_id"
                    + " AND CAST(m.paid_at AS DATE) >= p.placed_on"
                    + " AND CAST(m.paid_at AS DATE) <= COALESCE(p.recalled_on, p.placed_on + CAST(? AS INTEGER))"
                    + " AND CAST(m.paid_at AS DATE) <= p.placed_on + CAST(? AS INTEGER)"
                    + " WHERE" + WINDOW + " GROUP BY p.agency_id", horizon, horizon, horizon, asOf);
            Map<Long, BigDecimal> cured = sums(c, "SELECT p.agency_id, COUNT(*) FROM account_placement p WHERE" + WINDOW
                    + " AND (p.recall_reasons LIKE '%PAID%' OR EXISTS (SELECT 1 FROM account_position x"
                    + " WHERE x.account_id = p.account_id AND x.days_past_due = 0 AND x.business_date > p.placed_on"
                    + " AND x.business_date <= p.placed_on + CAST(? AS INTEGER))) GROUP BY p.agency_id",
                    horizon, asOf, horizon);
            Map<Long, BigDecimal> complaints = sums(c, "SELECT p.agency_id, COUNT(*) FROM account_placement p"
                    + " JOIN complaint x ON x.account_id = p.account_id AND x.opened_on >= p.placed_on"
                    + " AND x.opened_on <= COALESCE(p.recalled_on, p.placed_on + CAST(? AS INTEGER))"
                    + " AND x.opened_on <= p.placed_on + CAST(? AS INTEGER) WHERE" + WINDOW + " GROUP BY p.agency_id",
                    horizon, horizon, horizon, asOf);
            List<Line> table = new ArrayList<>();
            for (long id : order) {
                Line l = lines.get(id);
                BigDecimal got = recovered.getOrDefault(id, BigDecimal.ZERO);
                table.add(new Line(id, l.name(), l.status(), l.placements(), l.placedBalance(), got,
                        ratio(got, l.placedBalance()), ratio(cured.getOrDefault(id, BigDecimal.ZERO),
                        BigDecimal.valueOf(l.placements())),
                        l.placements() == 0 ? null : complaints.getOrDefault(id, BigDecimal.ZERO)
                                .multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(l.placements()), 2,
                                        RoundingMode.HALF_UP),
                        got.multiply(l.feeEarned()).setScale(2, RoundingMode.HALF_UP)));
            }
            table.sort(Comparator.comparing((Line l) -> l.recoveryRate() == null ? BigDecimal.valueOf(-1)
                    : l.recoveryRate()).reversed().thenComparingLong(Line::agencyId));
            return new Table(horizon, asOf, table);
        } catch (SQLException e) {
            throw new dev.collections.common.ProblemException(dev.collections.common.ProblemType.DATABASE_UNAVAILABLE,
                    "The agencies' results could not be read; retry");
        }
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static Map<Long, BigDecimal> sums(Connection c, String sql, Object... parameters) throws SQLException {
        Map<Long, BigDecimal> sums = new HashMap<>();
        try (var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
        }
        return sums;
    }
}
