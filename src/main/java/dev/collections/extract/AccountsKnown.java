package dev.collections.extract;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** The agencies an import may name (the accounts the record holds: {@code account.PortfolioQueries.known}). */
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
}
