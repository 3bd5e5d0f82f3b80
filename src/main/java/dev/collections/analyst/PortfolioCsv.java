package dev.collections.analyst;

import dev.collections.analyst.Simulator.PortfolioRow;
import dev.collections.assessment.AssessmentRequest;
import dev.collections.assessment.AssessmentRequest.ContactFacts;
import dev.collections.assessment.AssessmentRequest.CustomerFacts;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.RiskGrade;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a portfolio extract line by line. Two layouts, told apart by the header:
 * <ul>
 * <li>the service's own: {@code accountId,daysPastDue,overdueAmount,outstandingBalance} and optionally
 * {@code riskGrade,currency,timezone,deceased,vulnerable,addressVerified,phoneReachable,creditReportNotified,
 * doNotContact} (channels separated by {@code ;});</li>
 * <li>the UCI "default of credit card clients" file ({@code ID,LIMIT_BAL,...}), mapped as
 * docs/analyst-guide.md describes.</li>
 * </ul>
 */
public final class PortfolioCsv {
    /** NT$ (2005) to CNY, to put the Taiwanese portfolio's amounts on the policy's CNY thresholds. */
    static final BigDecimal TWD_TO_CNY = new BigDecimal("0.25");
    private static final String[] UCI_PAY = {"PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6"};
    private static final String[] UCI_PAID = {"PAY_AMT1", "PAY_AMT2", "PAY_AMT3", "PAY_AMT4", "PAY_AMT5", "PAY_AMT6"};

    private PortfolioCsv() {
    }

    public static Iterator<PortfolioRow> read(Path file, OffsetDateTime asOf) {
        try {
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            String header = reader.readLine();
            if (header == null) {
                reader.close();
                return List.<PortfolioRow>of().iterator();
            }
            List<String> columns = Arrays.stream(header.split(",")).map(String::trim).toList();
            boolean uci = columns.contains("LIMIT_BAL") && columns.contains("PAY_0");
            return new Rows(reader, columns, uci, asOf, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Rows implements Iterator<PortfolioRow> {
        private final BufferedReader reader;
        private final List<String> columns;
        private final boolean uci;
        private final OffsetDateTime asOf;
        private final String name;
        private String next;
        private int line = 1;

        Rows(BufferedReader reader, List<String> columns, boolean uci, OffsetDateTime asOf, String name) {
            this.reader = reader;
            this.columns = columns;
            this.uci = uci;
            this.asOf = asOf;
            this.name = name;
            advance();
        }

        private void advance() {
            try {
                do {
                    next = reader.readLine();
                    line++;
                } while (next != null && next.isBlank());
                if (next == null) {
                    reader.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public PortfolioRow next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            String where = name + " line " + line;
            String[] cells = next.split(",", -1);
            advance();
            if (cells.length != columns.size()) {
                return PortfolioRow.rejected(where, cells.length + " cells for " + columns.size() + " columns");
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(columns.get(i), cells[i].trim());
            }
            try {
                return PortfolioRow.of(where, uci ? fromUci(row, asOf) : fromExtract(row));
            } catch (RuntimeException e) {
                return PortfolioRow.rejected(where, "unreadable value (" + e.getMessage() + ")");
            }
        }
    }

    private static AssessmentRequest fromExtract(Map<String, String> r) {
        List<Channel> optOut = blank(r.get("doNotContact")) ? List.of()
                : Arrays.stream(r.get("doNotContact").split(";")).map(String::trim).map(Channel::valueOf).toList();
        return new AssessmentRequest(r.get("accountId"), null, orNull(r.get("timezone")), orNull(r.get("currency")),
                Integer.valueOf(r.get("daysPastDue")), new BigDecimal(r.get("overdueAmount")),
                new BigDecimal(r.get("outstandingBalance")),
                blank(r.get("riskGrade")) ? null : RiskGrade.valueOf(r.get("riskGrade")),
                new CustomerFacts(flag(r, "deceased"), flag(r, "vulnerable"), flag(r, "addressVerified"),
                        flag(r, "phoneReachable"), flag(r, "creditReportNotified"), optOut),
                null, null, null, null, null, List.of());
    }

    private static AssessmentRequest fromUci(Map<String, String> r, OffsetDateTime asOf) {
        int id = Integer.parseInt(r.get("ID"));
        int monthsLate = Math.max(0, Integer.parseInt(r.get("PAY_0")));
        int daysPastDue = monthsLate == 0 ? 0 : monthsLate * 30 + id % 5;
        BigDecimal balance = cny(Math.max(0, amount(r.get("BILL_AMT1"))));
        BigDecimal unpaid = cny(Math.max(0, amount(r.get("BILL_AMT2")) - amount(r.get("PAY_AMT1"))));
        BigDecimal overdue = daysPastDue == 0 ? BigDecimal.ZERO.setScale(2) : unpaid.min(balance);
        boolean lateBefore = Integer.parseInt(r.get("PAY_2")) >= 1;
        RiskGrade grade = "1".equals(r.get("target")) ? RiskGrade.HIGH : lateBefore ? RiskGrade.MEDIUM : RiskGrade.LOW;
        return new AssessmentRequest("UCI-" + id, null, "Asia/Shanghai", "CNY", daysPastDue, overdue, balance, grade,
                new CustomerFacts(false, false, id % 3 != 0, id % 11 != 0, lateBefore, List.of()),
                null, null, null, null, null, uciContacts(r, asOf));
    }

    /** One call a month for each earlier month the account was late: answered when something was paid. */
    private static List<ContactFacts> uciContacts(Map<String, String> r, OffsetDateTime asOf) {
        List<ContactFacts> contacts = new ArrayList<>();
        for (int month = 1; month < UCI_PAY.length; month++) {
            if (Integer.parseInt(r.get(UCI_PAY[month])) >= 1) {
                boolean paid = amount(r.get(UCI_PAID[month - 1])) > 0;
                contacts.add(new ContactFacts(Channel.CALL, asOf.minusDays(30L * month),
                        paid ? ContactOutcome.CONTACTED : ContactOutcome.NO_ANSWER));
            }
        }
        return contacts;
    }

    private static double amount(String text) {
        return Double.parseDouble(text);
    }

    private static BigDecimal cny(double twd) {
        return BigDecimal.valueOf(twd).multiply(TWD_TO_CNY).setScale(2, RoundingMode.HALF_UP);
    }

    private static Boolean flag(Map<String, String> r, String column) {
        return blank(r.get(column)) ? null : Boolean.valueOf(r.get(column));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value;
    }
}
