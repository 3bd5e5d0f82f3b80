package dev.collections.account;

import dev.collections.common.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A slice of the portfolio as a range in key order ({@link SqlDialect#key}), for the tables the night reads through
 * their key-ordered indexes (on PostgreSQL the accounts, their contacts, month ends and payments: V20, V21), which a
 * range in the column's own order cannot use, so PostgreSQL sorted each slice's rows before handing over the first.
 * A slice is bounded in the column's own order (after, up to) and resumed after a checkpoint in key order; its range
 * in key order runs from its first account to its last in key order, after the checkpoint. Where the column's order
 * is not byte order, that range may hold accounts of other slices too: the accounts are read within both ranges, and
 * the other tables' rows of other accounts are passed over ({@link SortedRows#take}); none of the slice's is missed.
 * H2 orders the column by its bytes already, and a slice without bounds has nothing to translate: their range is
 * exact.
 *
 * @param conditions on the account id, {@code {id}} standing for the column
 * @param values     their parameters, in order
 * @param exact      whether the conditions hold the slice's accounts and no others
 */
record KeyRange(List<String> conditions, String[] values, boolean exact) {

    /** The slice after {@code bounds[0]} up to {@code bounds[1]} (column order), after {@code bounds[2]} (key). */
    static KeyRange of(Connection c, SqlDialect dialect, String[] bounds) throws SQLException {
        String key = dialect.key("{id}");
        if (dialect == SqlDialect.H2 || bounds[0] == null && bounds[1] == null) {
            String[] given = {"{id} > ?", "{id} <= ?", key + " > ?"};
            List<String> conditions = new ArrayList<>();
            for (int i = 0; i < bounds.length; i++) {
                if (bounds[i] != null) {
                    conditions.add(given[i]);
                }
            }
            return new KeyRange(conditions, present(bounds), true);
        }
        String[] slice = {bounds[0], bounds[1], null};
        try (var s = c.prepareStatement("SELECT MIN(" + dialect.key("account_id") + "), MAX("
                + dialect.key("account_id") + ") FROM account" + columns(dialect, "account_id", slice, " WHERE "))) {
            String[] given = present(slice);
            for (int i = 0; i < given.length; i++) {
                s.setString(i + 1, given[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                if (rs.getString(1) == null) {
                    return new KeyRange(List.of("1 = 0"), new String[0], false);
                }
                List<String> conditions = new ArrayList<>(List.of(key + " >= ?", key + " <= ?"));
                if (bounds[2] != null) {
                    conditions.add(key + " > ?");
                }
                return new KeyRange(conditions, present(new String[] {rs.getString(1), rs.getString(2), bounds[2]}),
                        false);
            }
        }
    }

    /** The condition on {@code column} for the bounds given (after, up to, checkpoint), after {@code lead}. */
    static String columns(SqlDialect dialect, String column, String[] bounds, String lead) {
        String[] conditions = {column + " > ?", column + " <= ?", dialect.key(column) + " > ?"};
        java.util.StringJoiner where = new java.util.StringJoiner(" AND ", lead, "").setEmptyValue("");
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] != null) {
                where.add(conditions[i]);
            }
        }
        return where.toString();
    }

    /** The conditions on {@code column}, led by " WHERE " (empty: none). */
    String where(String column) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions).replace("{id}", column);
    }

    /** The conditions on {@code column}, each led by " AND ", where they add to the slice's own (none: exact). */
    String and(String column) {
        return exact ? "" : where(column).replace(" WHERE ", " AND ");
    }

    /** The parameters {@code first} and then those of {@link #and} (none when it is exact). */
    String[] after(String[] first) {
        if (exact) {
            return first;
        }
        String[] all = Arrays.copyOf(first, first.length + values.length);
        System.arraycopy(values, 0, all, first.length, values.length);
        return all;
    }

    private static String[] present(String[] bounds) {
        return Arrays.stream(bounds).filter(Objects::nonNull).toArray(String[]::new);
    }
}
