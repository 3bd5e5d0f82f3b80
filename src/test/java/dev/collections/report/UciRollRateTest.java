package dev.collections.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.collections.common.Database;
import dev.collections.extract.ExtractImport;
import dev.collections.extract.UciExtracts;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.rules.StageTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real portfolio (docs/real-data.md): the UCI file mapped to six monthly extracts and loaded with the import;
 * each month-to-month roll-rate report equals the matrix computed here straight from the CSV, with a reading of
 * its own (split on commas, months late to stage, a credit balance as 0, NT$ to CNY at 0.25).
 */
class UciRollRateTest {
    private static final Path DATA = Path.of("datasets/uci-credit-card-default/UCI_Credit_Card.csv");
    private static final String[] STATUS = {"PAY_6", "PAY_5", "PAY_4", "PAY_3", "PAY_2", "PAY_0"};
    private static final String[] BILL = {"BILL_AMT6", "BILL_AMT5", "BILL_AMT4", "BILL_AMT3", "BILL_AMT2", "BILL_AMT1"};
    private static final String[] STAGES = {"M0", "M1", "M2", "M3", "M4+"};
    private static final int FIRST = 3;

    @Test
    void everyMonthsRollRatesEqualTheMatrixComputedFromTheFile(@TempDir Path dir) throws Exception {
        YearMonth last = YearMonth.now().minusMonths(1);
        List<Path> extracts = UciExtracts.write(DATA, dir.resolve("inbound"), last);
        DataSource db = Database.forCommand("jdbc:h2:file:" + dir.toAbsolutePath().resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        var stages = StageTable.of(new RuleSetCompiler().compileForCommand(Path.of("rules")), 10_000);
        // the last three months (July to September 2005): every extract is written, three are loaded
        for (int i = FIRST; i < extracts.size(); i++) {
            var report = new ExtractImport(db, stages).run(extracts.get(i), UciExtracts.monthEnd(last, i), "test");
            assertEquals(0, report.rejected(), () -> "rejected rows in " + report);
        }
        Map<String, long[]>[] expected = expected();
        try (Connection c = Database.open(db)) {
            for (int i = FIRST; i + 1 < UciExtracts.MONTHS; i++) {
                var report = RollRateReport.of(c, UciExtracts.monthEnd(last, i), UciExtracts.monthEnd(last, i + 1));
                assertEquals(30_000, report.accounts());
                for (var row : report.rows()) {
                    for (var cell : row.cells()) {
                        long[] want = expected[i].getOrDefault(row.stage() + ">" + cell.stage(), new long[2]);
                        int month = i;
                        assertEquals(want[0], cell.accounts(), () -> "month " + month + " " + row.stage() + " -> "
                                + cell.stage() + " accounts");
                        assertEquals(BigDecimal.valueOf(want[1], 2), cell.balance().setScale(2), () -> "month " + month
                                + " " + row.stage() + " -> " + cell.stage() + " balance");
                    }
                }
            }
        }
    }

    /** For each pair of months: "M2>M3" to {accounts, balance on the first month in cents}. */
    @SuppressWarnings("unchecked")
    private static Map<String, long[]>[] expected() throws IOException {
        List<String> lines = Files.readAllLines(DATA);
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, long[]>[] months = new Map[UciExtracts.MONTHS - 1];
        for (int i = 0; i < months.length; i++) {
            months[i] = new HashMap<>();
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (int i = 0; i + 1 < UciExtracts.MONTHS; i++) {
                String from = stage(cells[header.indexOf(STATUS[i])]);
                String to = stage(cells[header.indexOf(STATUS[i + 1])]);
                // NT$ to CNY at 0.25 (docs/real-data.md), a credit balance as 0
                BigDecimal bill = new BigDecimal(cells[header.indexOf(BILL[i])]).max(BigDecimal.ZERO)
                        .multiply(new BigDecimal("0.25")).setScale(2, java.math.RoundingMode.HALF_UP);
                long[] cell = months[i].computeIfAbsent(from + ">" + to, k -> new long[2]);
                cell[0]++;
                cell[1] += bill.movePointRight(2).longValueExact();
            }
        }
        return months;
    }

    private static String stage(String monthsLate) {
        int k = new BigDecimal(monthsLate).intValue();
        return STAGES[Math.max(0, Math.min(k, 4))];
    }
}
