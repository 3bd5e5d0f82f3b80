package dev.collections.extract;

import dev.collections.policy.RiskGrade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The one mapping of the UCI "default of credit card clients" file (30,000 real card accounts, April to September
 * 2005) to an account's facts in one month, used by the monthly extracts (docs/real-data.md) and by the
 * simulation's UCI portfolio (docs/analyst-guide.md):
 * <ul>
 * <li>k months late ({@code PAY_x}; -2, -1 and 0 are not late) is 30k - 15 days past due: the middle of the k-th
 * month past due, so one month late is stage M1, two M2, three M3, four or more M4+;</li>
 * <li>amounts (NT$) times 0.25, in CNY, so that the policy's CNY thresholds apply;</li>
 * <li>the statement balance is the outstanding balance (a credit balance is 0); when late, the overdue amount is the
 * unpaid part of the previous statement (its balance less this month's payment), at least 1, at most the balance;</li>
 * <li>risk grade HIGH when the account defaulted the month after September ({@code target}), MEDIUM when it was
 * late the month before, else LOW; told about credit reporting when late the month before; address verified
 * unless {@code ID mod 3 = 0}; phone unreachable when {@code ID mod 11 = 0}.</li>
 * </ul>
 */
public final class UciMapping {
    public static final BigDecimal TWD_TO_CNY = new BigDecimal("0.25");
    public static final int MONTHS = 6;
    private static final String[] STATUS = {"PAY_6", "PAY_5", "PAY_4", "PAY_3", "PAY_2", "PAY_0"};
    private static final String[] BILL = {"BILL_AMT6", "BILL_AMT5", "BILL_AMT4", "BILL_AMT3", "BILL_AMT2", "BILL_AMT1"};
    private static final String[] PAID = {"PAY_AMT6", "PAY_AMT5", "PAY_AMT4", "PAY_AMT3", "PAY_AMT2", "PAY_AMT1"};

    private UciMapping() {
    }

    /** One account in month {@code i} (0 = April 2005, 5 = September 2005). */
    public record Month(String accountId, int id, int monthsLate, int daysPastDue, BigDecimal overdueAmount,
                       BigDecimal outstandingBalance, BigDecimal paid, RiskGrade riskGrade, boolean addressVerified,
                       boolean phoneReachable, boolean lateBefore) {
    }

    public static Month month(Map<String, String> row, int i) {
        int id = Integer.parseInt(row.get("ID").trim());
        int late = monthsLate(row, i);
        boolean lateBefore = i > 0 && monthsLate(row, i - 1) >= 1;
        BigDecimal balance = cny(row.get(BILL[i])).max(BigDecimal.ZERO);
        BigDecimal paid = cny(row.get(PAID[i])).max(BigDecimal.ZERO);
        BigDecimal previous = cny(row.get(BILL[Math.max(0, i - 1)])).max(BigDecimal.ZERO);
        BigDecimal overdue = late == 0 ? BigDecimal.ZERO.setScale(2)
                : previous.subtract(paid).max(BigDecimal.ONE).min(balance);
        RiskGrade grade = "1".equals(String.valueOf(row.get("target")).trim()) ? RiskGrade.HIGH
                : lateBefore ? RiskGrade.MEDIUM : RiskGrade.LOW;
        return new Month("UCI-" + id, id, late, daysPastDue(late), overdue, balance, paid, grade, id % 3 != 0,
                id % 11 != 0, lateBefore);
    }

    /** Months late in month {@code i}; 0 when not late. */
    public static int monthsLate(Map<String, String> row, int i) {
        return Math.max(0, new BigDecimal(row.get(STATUS[i]).trim()).intValue());
    }

    /** Days past due for k months late: the middle of the k-th month past due. */
    public static int daysPastDue(int monthsLate) {
        return monthsLate <= 0 ? 0 : 30 * monthsLate - 15;
    }

    /** An amount of the file (NT$, sometimes written like 1.00E+05) in CNY. */
    public static BigDecimal cny(String twd) {
        return new BigDecimal(twd.trim()).multiply(TWD_TO_CNY).setScale(2, RoundingMode.HALF_UP);
    }
}
