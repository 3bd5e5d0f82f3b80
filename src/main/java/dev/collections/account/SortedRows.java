package dev.collections.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One table's rows sorted by account id, taken an account at a time while the accounts are walked in order. */
final class SortedRows<T> {
    /** Reads the current row (column 1, the account id, is read by the rows). */
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final ResultSet rows;
    private final Mapper<T> mapper;
    private final int limit;
    private String pendingAccount;
    private T pending;
    private boolean exhausted;

    SortedRows(ResultSet rows, Mapper<T> mapper, int limit) {
        this.rows = rows;
        this.mapper = mapper;
        this.limit = limit;
    }

    /** The rows of {@code accountId} (at most the limit, in the query's order); rows of skipped accounts are passed. */
    List<T> take(String accountId) throws SQLException {
        List<T> found = null;
        while (pending != null || fetch()) {
            int order = pendingAccount.compareTo(accountId);
            if (order > 0) {
                break;
            }
            if (order == 0) {
                if (found == null) {
                    found = new ArrayList<>(4);
                }
                if (found.size() < limit) {
                    found.add(pending);
                }
            }
            pending = null;
        }
        return found == null ? List.of() : found;
    }

    private boolean fetch() throws SQLException {
        if (exhausted || !rows.next()) {
            exhausted = true;
            return false;
        }
        pendingAccount = rows.getString(1);
        pending = mapper.map(rows);
        return true;
    }
}
