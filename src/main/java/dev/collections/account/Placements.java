package dev.collections.account;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nightly triage's placements and recalls in the account's history (account_placement), in bulk on the
 * caller's connection (the caller commits): a placement names the run that made it, so that a resumed run places
 * again from scratch.
 */
public final class Placements {
    private Placements() {
    }

    /** A placement made tonight. */
    public record Placed(String accountId, long agencyId, LocalDate placedOn, LocalDate until, BigDecimal balance,
                         BigDecimal overdue, String reference) {
    }

    /** An account's open placement, as its agency knows it. */
    public record Open(long agencyId, LocalDate placedOn, LocalDate until, String reference) {
    }

    /** Forgets the placements an earlier attempt of the same night made. */
    public static void forgetRun(Connection c, LocalDate date) throws SQLException {
        try (var s = c.prepareStatement("DELETE FROM account_placement WHERE placed_by_run = ?")) {
            s.setObject(1, date);
            s.executeUpdate();
        }
    }

    public static void place(Connection c, LocalDate date, List<Placed> placed) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (var s = c.prepareStatement("INSERT INTO account_placement (account_id, agency_id, placed_on, until,"
                + " placed_balance, placed_overdue, agency_reference, placed_by_run, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Placed p : placed) {
                s.setString(1, p.accountId());
                s.setLong(2, p.agencyId());
                s.setObject(3, p.placedOn());
                s.setObject(4, p.until());
                s.setBigDecimal(5, p.balance());
                s.setBigDecimal(6, p.overdue());
                s.setString(7, p.reference());
                s.setObject(8, date);
                s.setObject(9, now);
                s.setObject(10, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Recalls each account's open placement with {@code agency} on {@code date}, with the reasons as codes. */
    public static void recall(Connection c, LocalDate date, Map<String, String> reasonsByAccount) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (var s = c.prepareStatement("UPDATE account_placement SET recalled_on = ?, recall_reasons = ?,"
                + " updated_at = ? WHERE account_id = ? AND recalled_on IS NULL")) {
            for (var r : reasonsByAccount.entrySet()) {
                s.setObject(1, date);
                s.setString(2, r.getValue());
                s.setObject(3, now);
                s.setString(4, r.getKey());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The open placements of these accounts, by account. */
    public static Map<String, Open> open(Connection c, Collection<String> accounts) throws SQLException {
        Map<String, Open> open = new HashMap<>();
        if (accounts.isEmpty()) {
            return open;
        }
        try (var s = c.prepareStatement("SELECT account_id, agency_id, placed_on, until, agency_reference"
                + " FROM account_placement WHERE recalled_on IS NULL AND account_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("VARCHAR", accounts.toArray()));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    open.put(rs.getString(1), new Open(rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), rs.getString(5)));
                }
            }
        }
        return open;
    }
}
