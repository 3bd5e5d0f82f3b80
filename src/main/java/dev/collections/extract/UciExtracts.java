package dev.collections.extract;

import dev.collections.common.CsvReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The UCI "default of credit card clients" portfolio (30,000 real card accounts, April to September 2005) as six
 * monthly core-banking extracts, one per month end, so that the import and the roll-rate report run on real
 * behaviour (docs/real-data.md). The mapping, per account and month:
 * <ul>
 * <li>account {@code UCI-<ID>}, currency TWD (the file's NT$), zone Asia/Taipei;</li>
 * <li>months late k ({@code PAY_x}; -2, -1 and 0 are not late) to days past due 30k - 15: the middle of the
 * k-th month past due, so one month late is stage M1, two M2, three M3, four or more M4+;</li>
 * <li>the statement balance ({@code BILL_AMTx}) to the outstanding balance, a credit balance to 0;</li>
 * <li>when late, the overdue amount is the unpaid part of the previous statement (its balance less this month's
 * payment), at least 1 and at most the balance; else 0;</li>
 * <li>each month's payment ({@code PAY_AMTx} above 0) to a payment on the 20th at noon, reference
 * {@code UCI-<ID>-<yyyy-MM>}.</li>
 * </ul>
 * The six months end on the month ends up to {@code lastMonth}: September 2005 becomes {@code lastMonth}.
 */
public final class UciExtracts {
    private static final String[] STATUS = {"PAY_6", "PAY_5", "PAY_4", "PAY_3", "PAY_2", "PAY_0"};
    private static final String[] BILL = {"BILL_AMT6", "BILL_AMT5", "BILL_AMT4", "BILL_AMT3", "BILL_AMT2", "BILL_AMT1"};
    private static final String[] PAID = {"PAY_AMT6", "PAY_AMT5", "PAY_AMT4", "PAY_AMT3", "PAY_AMT2", "PAY_AMT1"};
    public static final int MONTHS = STATUS.length;

    private UciExtracts() {
    }

    /** The business date (month end) of month {@code i} (0 = April 2005) when September 2005 is {@code lastMonth}. */
    public static LocalDate monthEnd(YearMonth lastMonth, int i) {
        return lastMonth.minusMonths(MONTHS - 1L - i).atEndOfMonth();
    }

    /** Days past due for k months late. */
    public static int daysPastDue(int monthsLate) {
        return monthsLate <= 0 ? 0 : 30 * monthsLate - 15;
    }

    /** Writes {@code <out>/uci-<month end>/accounts.csv} and {@code payments.csv} for each month; returns the dirs. */
    public static List<Path> write(Path data, Path out, YearMonth lastMonth) throws IOException {
        List<Path> directories = new ArrayList<>();
        List<BufferedWriter> accounts = new ArrayList<>();
        List<BufferedWriter> payments = new ArrayList<>();
        try {
            for (int i = 0; i < MONTHS; i++) {
                Path dir = Files.createDirectories(out.resolve("uci-" + monthEnd(lastMonth, i)));
                directories.add(dir);
                accounts.add(Files.newBufferedWriter(dir.resolve("accounts.csv"), StandardCharsets.UTF_8));
                accounts.get(i).write("accountId,daysPastDue,overdueAmount,outstandingBalance,currency,timezone\n");
                payments.add(Files.newBufferedWriter(dir.resolve("payments.csv"), StandardCharsets.UTF_8));
                payments.get(i).write("accountId,ref,amount,paidAt,channel\n");
            }
            try (var reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
                CsvReader csv = new CsvReader(reader);
                for (Map<String, String> row = csv.next(); row != null; row = csv.next()) {
                    write(row, lastMonth, accounts, payments);
                }
            }
        } finally {
            for (BufferedWriter w : accounts) {
                w.close();
            }
            for (BufferedWriter w : payments) {
                w.close();
            }
        }
        return directories;
    }

    private static void write(Map<String, String> row, YearMonth lastMonth, List<BufferedWriter> accounts,
                              List<BufferedWriter> payments) throws IOException {
        String id = "UCI-" + row.get("ID");
        for (int i = 0; i < MONTHS; i++) {
            int late = new BigDecimal(row.get(STATUS[i])).intValue();
            BigDecimal balance = amount(row.get(BILL[i])).max(BigDecimal.ZERO);
            BigDecimal paid = amount(row.get(PAID[i])).max(BigDecimal.ZERO);
            BigDecimal previous = amount(row.get(BILL[Math.max(0, i - 1)])).max(BigDecimal.ZERO);
            BigDecimal overdue = BigDecimal.ZERO;
            if (late > 0) {
                overdue = previous.subtract(paid).max(BigDecimal.ONE).min(balance);
            }
            accounts.get(i).write(id + "," + daysPastDue(late) + "," + overdue.toPlainString() + ","
                    + balance.toPlainString() + ",TWD,Asia/Taipei\n");
            if (paid.signum() > 0) {
                LocalDate month = monthEnd(lastMonth, i);
                payments.get(i).write(id + "," + id + "-" + YearMonth.from(month) + "," + paid.toPlainString() + ","
                        + month.withDayOfMonth(20) + "T12:00:00+08:00,BANK_TRANSFER\n");
            }
        }
    }

    private static BigDecimal amount(String cell) {
        return new BigDecimal(cell.trim()).setScale(2, RoundingMode.HALF_UP);
    }
}
