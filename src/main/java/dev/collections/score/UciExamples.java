package dev.collections.score;

import dev.collections.account.AccountHistory;
import dev.collections.account.Behaviour;
import dev.collections.common.CsvReader;
import dev.collections.extract.UciExtracts;
import dev.collections.extract.UciMapping;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UCI card portfolio as examples for a first model (docs/score.md): each account's six month ends and payments
 * as the extracts map them ({@link UciMapping}, the record the service imports), read by the score as it reads the
 * record ({@link ScoreHistories}), the outcome whether it defaulted the
 * month after. Sex and age band are kept beside it for the report's figures per group and never reach a feature; the
 * credit limit is not carried, because the service's record has none (so a model trained here decides on what the
 * record holds).
 */
public final class UciExamples {
    public static final Path DATA = Path.of("datasets/uci-credit-card-default/UCI_Credit_Card.csv");
    /** The month September 2005 becomes; features do not depend on it (only on the order of the month ends). */
    private static final YearMonth LAST_MONTH = YearMonth.of(2026, 11);
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    private UciExamples() {
    }

    public static List<Example> read(Path file) throws IOException {
        List<Example> examples = new ArrayList<>();
        CsvReader csv = new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        try {
            for (Map<String, String> row = csv.next(); row != null; row = csv.next()) {
                examples.add(example(row));
            }
        } finally {
            csv.close();
        }
        return examples;
    }

    static Example example(Map<String, String> row) {
        List<Behaviour.Position> positions = new ArrayList<>();
        List<Behaviour.Paid> payments = new ArrayList<>();
        String accountId = null;
        LocalDate monthEnd = null;
        for (int i = 0; i < UciMapping.MONTHS; i++) {
            UciMapping.Month m = UciMapping.month(row, i);
            accountId = m.accountId();
            monthEnd = UciExtracts.monthEnd(LAST_MONTH, i);
            positions.add(new Behaviour.Position(monthEnd, m.daysPastDue(), m.overdueAmount(),
                    m.outstandingBalance()));
            if (m.paid().signum() > 0) {
                payments.add(new Behaviour.Paid(monthEnd.withDayOfMonth(20).atTime(12, 0).atOffset(SHANGHAI),
                        m.paid()));
            }
        }
        ScoreHistory history = ScoreHistories.of(new Behaviour(positions, payments), AccountHistory.NONE, monthEnd);
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("sex", switch (row.get("SEX").trim()) {
            case "1" -> "male";
            case "2" -> "female";
            default -> "unknown";
        });
        groups.put("age", ageBand(new BigDecimal(row.get("AGE").trim()).intValue()));
        int id = Integer.parseInt(row.get("ID").trim());
        int late = UciMapping.monthsLate(row, UciMapping.MONTHS - 1);
        return new Example(accountId, history, "1".equals(row.get("target").trim()) ? 1 : 0, id, groups,
                late >= 4 ? "M4+" : "M" + late);
    }

    static String ageBand(int age) {
        return age < 30 ? "under 30" : age < 40 ? "30-39" : age < 50 ? "40-49" : "50 and over";
    }
}
