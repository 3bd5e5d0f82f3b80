package dev.collections.account;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** One position of the account's position history, as the account's record shows it. */
public record PositionView(LocalDate businessDate, int daysPastDue, BigDecimal overdueAmount,
                           BigDecimal outstandingBalance, String stage, String rulesetVersion) {

    /** The latest positions of an account, newest first. */
    @SuppressWarnings("unchecked")
    static List<PositionView> recent(String accountId, int limit) {
        List<Object[]> rows = AccountRecord.getEntityManager().createNativeQuery("SELECT business_date, days_past_due,"
                        + " overdue_amount, outstanding_balance, stage, ruleset_version FROM {h-schema}account_position"
                        + " WHERE account_id = ?1 ORDER BY business_date DESC")
                .setParameter(1, accountId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new PositionView(date(r[0]), ((Number) r[1]).intValue(), (BigDecimal) r[2],
                (BigDecimal) r[3], (String) r[4], (String) r[5])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
