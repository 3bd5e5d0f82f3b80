package dev.collections.report;

import dev.collections.policy.DelinquencyStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flow-rate report: for the accounts with a position on {@code from}, the stage on {@code from} (rows) against
 * the stage on {@code to} (columns), with a column GONE for accounts without a position on {@code to}; counts and
 * balances (the balance on {@code from}). Each row's rates are shares of the row's accounts present on both dates:
 * roll forward (a later stage), cure (M0, from arrears), stay, roll back (an earlier stage other than M0); and the
 * share gone, of the whole row.
 */
public record RollRateReport(LocalDate from, LocalDate to, List<String> stages, List<Row> rows, int accounts,
                             BigDecimal balance) {
    public static final String GONE = "GONE";

    public record Cell(String stage, int accounts, BigDecimal balance) {
    }

    public record Row(String stage, int accounts, BigDecimal balance, List<Cell> cells, BigDecimal rollForwardRate,
                      BigDecimal cureRate, BigDecimal stayRate, BigDecimal rollBackRate, BigDecimal goneRate) {
    }

    public static RollRateReport of(Connection c, LocalDate from, LocalDate to) throws SQLException {
        List<String> stages = Arrays.stream(DelinquencyStage.values()).map(DelinquencyStage::label).toList();
        Map<String, Map<String, Cell>> matrix = new LinkedHashMap<>();
        try (var s = c.prepareStatement("SELECT a.stage, COALESCE(b.stage, '" + GONE + "'), COUNT(*),"
                + " SUM(a.outstanding_balance) FROM account_position a LEFT JOIN account_position b"
                + " ON b.account_id = a.account_id AND b.business_date = ? WHERE a.business_date = ?"
                + " GROUP BY a.stage, COALESCE(b.stage, '" + GONE + "')")) {
            s.setObject(1, to);
            s.setObject(2, from);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    matrix.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            new Cell(rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int accounts = 0;
        BigDecimal balance = BigDecimal.ZERO;
        for (String stage : stages) {
            Map<String, Cell> found = matrix.getOrDefault(stage, Map.of());
            List<Cell> cells = new ArrayList<>();
            for (String to2 : append(stages, GONE)) {
                cells.add(found.getOrDefault(to2, new Cell(to2, 0, BigDecimal.ZERO)));
            }
            rows.add(row(stage, stages, cells));
            accounts += rows.get(rows.size() - 1).accounts();
            balance = balance.add(rows.get(rows.size() - 1).balance());
        }
        return new RollRateReport(from, to, append(stages, GONE), rows, accounts, balance);
    }

    private static Row row(String stage, List<String> stages, List<Cell> cells) {
        int index = stages.indexOf(stage);
        int total = 0;
        int present = 0;
        int forward = 0;
        int cured = 0;
        int stayed = 0;
        int back = 0;
        BigDecimal balance = BigDecimal.ZERO;
        for (Cell cell : cells) {
            total += cell.accounts();
            balance = balance.add(cell.balance());
            int to = stages.indexOf(cell.stage());
            if (to < 0) {
                continue;
            }
            present += cell.accounts();
            if (to > index) {
                forward += cell.accounts();
            } else if (to == index) {
                stayed += cell.accounts();
            } else if (to == 0) {
                cured += cell.accounts();
            } else {
                back += cell.accounts();
            }
        }
        return new Row(stage, total, balance, cells, rate(forward, present), index == 0 ? null : rate(cured, present),
                rate(stayed, present), index == 0 ? null : rate(back, present), rate(total - present, total));
    }

    /** A share to four decimals; none of nothing. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static List<String> append(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
