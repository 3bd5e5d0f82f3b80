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
    /** The pending row's account id as the database sent it (see {@link #compare}). */
    private byte[] pendingAccount;
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
            int order = compare(pendingAccount, accountId);
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
        pendingAccount = rows.getBytes(1);
        pending = mapper.map(rows);
        return true;
    }

    /**
     * A row's account id, as the driver's bytes (UTF-8), against {@code id}, in {@link String#compareTo}'s order,
     * which is the order the rows come in ({@code SqlDialect.key}). Account ids are ASCII (AccountIds), so a byte is
     * a character (past the shorter, the longer is greater either way): a night reads millions of ids of positions,
     * payments and contacts without making a String of each (bench/README.md, "the fifth evening"). An id that is
     * not ASCII is compared as a String.
     */
    static int compare(byte[] key, String id) {
        int n = Math.min(key.length, id.length());
        for (int i = 0; i < n; i++) {
            if (key[i] < 0) {
                return new String(key, java.nio.charset.StandardCharsets.UTF_8).compareTo(id);
            }
            int d = key[i] - id.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return key.length - id.length();
    }
}
