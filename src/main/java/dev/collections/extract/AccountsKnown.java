package dev.collections.extract;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Which of a batch's account ids the record holds: one query with the ids as an array parameter. */
final class AccountsKnown {
    private AccountsKnown() {
    }

    /** The ids of the agencies the bank contracted (a placement names one of them). */
    static Set<Long> agencies(Connection c) throws SQLException {
        Set<Long> known = new HashSet<>();
        try (var s = c.prepareStatement("SELECT id FROM agency"); var rs = s.executeQuery()) {
            while (rs.next()) {
                known.add(rs.getLong(1));
            }
        }
        return known;
    }

    static Set<String> among(Connection c, Set<String> ids) throws SQLException {
        Set<String> known = new HashSet<>();
        try (var s = c.prepareStatement("SELECT account_id FROM account WHERE account_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }
}
