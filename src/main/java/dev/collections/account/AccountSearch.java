package dev.collections.account;

import dev.collections.common.Database;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Violations;
import dev.collections.policy.ActionType;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Finds accounts by id (or its beginning), stage, last step and district, a page at a time, in account-id order.
 * Stage and last step are those of the latest completed nightly triage (or of a named business date); without
 * those filters any held account is found. Reads one page, never the portfolio.
 */
@ApplicationScoped
public class AccountSearch {
    private final DataSource database;

    public AccountSearch(DataSource database) {
        this.database = database;
    }

    /** A stage code as the rules name them (M0, M1 … M4+). */
    public static final String STAGE = "[A-Za-z0-9_+-]{1,8}";
    /** A district: a 6-digit administrative division code. */
    public static final String REGION = "[0-9]{6}";

    /** What to look for; null fields do not filter. */
    public record Criteria(String idPrefix, String stage, String lastAction, String region, LocalDate businessDate) {
        /** Adds to {@code v} what is wrong with the stage, the last step and the district: one check for every caller. */
        public Violations check(Violations v) {
            return v.check(stage == null || stage.matches(STAGE), "stage", "a stage code such as M1 (letters and digits)")
                    .check(lastAction == null || Arrays.stream(ActionType.values())
                            .anyMatch(a -> a.name().equals(lastAction)), "lastAction", "one of "
                            + Arrays.toString(ActionType.values()))
                    .check(region == null || region.matches(REGION), "region", "a 6-digit division code");
        }

        boolean byTriage() {
            return stage != null || lastAction != null || businessDate != null;
        }
    }

    /** One account found: its district and position, and its stage and step on the triage date (if any). */
    public record Found(String accountId, String region, int daysPastDue, BigDecimal overdueAmount, String stage,
                        String lastAction, LocalDate decidedOn) {
    }

    public record Page(List<Found> accounts, int page, int size, boolean more, LocalDate triageDate) {
    }

    public Page find(Criteria criteria, int page, int size) {
        try (Connection c = Database.open(database)) {
            LocalDate date = criteria.businessDate() != null ? criteria.businessDate() : latestTriage(c);
            if (date == null && criteria.byTriage()) {
                return new Page(List.of(), page, size, false, null);
            }
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT a.account_id, a.region, a.days_past_due, a.overdue_amount");
            if (date == null) {
                sql.append(", NULL, NULL, NULL FROM account a");
            } else {
                sql.append(", w.stage, w.next_action, w.business_date FROM account a")
                        .append(criteria.byTriage() ? " JOIN" : " LEFT JOIN")
                        .append(" triage_work_item w ON w.account_id = a.account_id AND w.business_date = ?");
                args.add(date);
            }
            sql.append(" WHERE 1 = 1");
            if (criteria.idPrefix() != null) {
                sql.append(" AND a.account_id LIKE ? ESCAPE '\\'");
                args.add(criteria.idPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            filter(sql, args, "w.stage", criteria.stage());
            filter(sql, args, "w.next_action", criteria.lastAction());
            filter(sql, args, "a.region", criteria.region());
            sql.append(" ORDER BY a.account_id LIMIT ? OFFSET ?");
            args.add(size + 1);
            args.add((long) page * size);
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                List<Found> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Found(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)));
                    }
                }
                boolean more = found.size() > size;
                return new Page(more ? found.subList(0, size) : found, page, size, more, date);
            }
        } catch (SQLException e) {
            throw new ProblemException(ProblemType.DATABASE_UNAVAILABLE, "The accounts could not be read; retry");
        }
    }

    private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static LocalDate latestTriage(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(business_date) FROM triage_run"
                + " WHERE status = 'COMPLETED'"); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getObject(1, LocalDate.class) : null;
        }
    }
}
