package dev.collections.extract;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which of a batch's account ids the record holds. */
final class AccountsKnown {
    private AccountsKnown() {
    }

    static Set<String> among(Connection c, Set<String> ids) throws SQLException {
        List<String> list = List.copyOf(ids);
        Set<String> known = new HashSet<>();
        String params = list.stream().map(x -> "?").collect(Collectors.joining(", "));
        try (var s = c.prepareStatement("SELECT account_id FROM account WHERE account_id IN (" + params + ")")) {
            for (int i = 0; i < list.size(); i++) {
                s.setString(i + 1, list.get(i));
            }
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }
}
