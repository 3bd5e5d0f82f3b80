package dev.collections.extract;

import dev.collections.common.CsvReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The UCI card portfolio as six monthly core-banking extracts, one per month end ({@link UciMapping}; September 2005
 * becomes {@code lastMonth}), so that the import, the position history and the roll-rate report run on real
 * behaviour (docs/real-data.md). Each month's payment ({@code PAY_AMTx} above 0) is a payment on the 20th at noon,
 * reference {@code UCI-<ID>-<yyyy-MM>}.
 */
public final class UciExtracts {
    public static final int MONTHS = UciMapping.MONTHS;

    private UciExtracts() {
    }

    /** The business date (month end) of month {@code i} (0 = April 2005) when September 2005 is {@code lastMonth}. */
    public static LocalDate monthEnd(YearMonth lastMonth, int i) {
        return lastMonth.minusMonths(MONTHS - 1L - i).atEndOfMonth();
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
                accounts.get(i).write("accountId,daysPastDue,overdueAmount,outstandingBalance,riskGrade,currency,"
                        + "timezone,addressVerified,phoneReachable,creditReportNotified\n");
                payments.add(Files.newBufferedWriter(dir.resolve("payments.csv"), StandardCharsets.UTF_8));
                payments.get(i).write("accountId,ref,amount,paidAt,channel\n");
            }
            try (var reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
                CsvReader csv = new CsvReader(reader);
                for (Map<String, String> row = csv.next(); row != null; row = csv.next()) {
                    for (int i = 0; i < MONTHS; i++) {
                        write(UciMapping.month(row, i), monthEnd(lastMonth, i), accounts.get(i), payments.get(i));
                    }
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

    private static void write(UciMapping.Month m, LocalDate monthEnd, BufferedWriter accounts,
                              BufferedWriter payments) throws IOException {
        accounts.write(m.accountId() + "," + m.daysPastDue() + "," + m.overdueAmount().toPlainString() + ","
                + m.outstandingBalance().toPlainString() + "," + m.riskGrade() + ",CNY,Asia/Shanghai,"
                + m.addressVerified() + "," + m.phoneReachable() + "," + m.lateBefore() + "\n");
        if (m.paid().signum() > 0) {
            payments.write(m.accountId() + "," + m.accountId() + "-" + YearMonth.from(monthEnd) + ","
                    + m.paid().toPlainString() + "," + monthEnd.withDayOfMonth(20) + "T12:00:00+08:00,BANK_TRANSFER\n");
        }
    }
}
