package dev.collections.simulation;

import dev.collections.account.AccountHistory;
import dev.collections.account.Events;
import dev.collections.account.RecordedFacts;
import dev.collections.common.CsvReader;
import dev.collections.common.Violations;
import dev.collections.extract.AccountLine;
import dev.collections.extract.UciMapping;
import dev.collections.model.AccountFacts;
import dev.collections.model.ContactFacts;
import dev.collections.model.CustomerFacts;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import dev.collections.simulation.Simulator.PortfolioRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a portfolio extract line by line. Two layouts, told apart by the header:
 * <ul>
 * <li>the service's own: {@code accountId,daysPastDue,overdueAmount,outstandingBalance} and optionally
 * {@code riskGrade,currency,timezone,deceased,vulnerable,addressVerified,phoneReachable,creditReportNotified,
 * doNotContact} (channels separated by {@code ;}), {@code region} (the district, for the visit teams' capacity);</li>
 * <li>the UCI "default of credit card clients" file ({@code ID,LIMIT_BAL,...}), mapped as
 * docs/analyst-guide.md describes.</li>
 * </ul>
 */
public final class PortfolioCsv {
    private static final String[] UCI_PAY = {"PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6"};
    private static final String[] UCI_PAID = {"PAY_AMT1", "PAY_AMT2", "PAY_AMT3", "PAY_AMT4", "PAY_AMT5", "PAY_AMT6"};

    private PortfolioCsv() {
    }

    public static Iterator<PortfolioRow> read(Path file, OffsetDateTime asOf) {
        try {
            CsvReader csv = new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
            boolean uci = csv.header().contains("LIMIT_BAL") && csv.header().contains("PAY_0");
            return new Rows(csv, uci, asOf, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the file, read one ahead (a malformed row becomes a rejected one); the file closes at its end. */
    private static final class Rows implements Iterator<PortfolioRow> {
        private final CsvReader csv;
        private final boolean uci;
        private final OffsetDateTime asOf;
        private final String name;
        private PortfolioRow next;

        Rows(CsvReader csv, boolean uci, OffsetDateTime asOf, String name) {
            this.csv = csv;
            this.uci = uci;
            this.asOf = asOf;
            this.name = name;
            advance();
        }

        private void advance() {
            Map<String, String> row;
            try {
                row = csv.next();
            } catch (IllegalArgumentException e) {
                next = PortfolioRow.rejected(where(), e.getMessage());
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (row == null) {
                next = null;
                close();
                return;
            }
            try {
                next = PortfolioRow.of(where(), uci ? fromUci(row, asOf) : fromExtract(row),
                        uci || blank(row.get("region")) ? null : row.get("region").trim());
            } catch (RuntimeException e) {
                next = PortfolioRow.rejected(where(), "unreadable value (" + e.getMessage() + ")");
            }
        }

        private String where() {
            return name + " line " + csv.line();
        }

        private void close() {
            try {
                csv.close();
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
            PortfolioRow row = next;
            advance();
            return row;
        }
    }

    /** A line of the service's own layout, read as the import reads it ({@link AccountLine}) and checked alike. */
    private static AccountFacts fromExtract(Map<String, String> r) {
        Events.Snapshot s = AccountLine.snapshot(r);
        Violations v = new Violations();
        s.check(v);
        if (!v.list().isEmpty()) {
            var first = v.list().get(0);
            throw new IllegalArgumentException(first.field() + ": " + first.message());
        }
        return RecordedFacts.of(r.get("accountId"), s, AccountHistory.NONE);
    }

    /** September 2005 of the UCI file ({@link UciMapping}, the extracts' mapping), with its earlier calls. */
    private static AccountFacts fromUci(Map<String, String> r, OffsetDateTime asOf) {
        UciMapping.Month m = UciMapping.month(r, UciMapping.MONTHS - 1);
        return AccountFacts.builder().accountId(m.accountId()).timezone("Asia/Shanghai").currency("CNY")
                .daysPastDue(m.daysPastDue()).overdueAmount(m.overdueAmount())
                .outstandingBalance(m.outstandingBalance()).riskGrade(m.riskGrade())
                .customer(CustomerFacts.builder().deceased(false).vulnerable(false)
                        .addressVerified(m.addressVerified()).phoneReachable(m.phoneReachable())
                        .creditReportNotified(m.lateBefore()).doNotContact(List.of()).build())
                .contacts(uciContacts(r, asOf)).build();
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
