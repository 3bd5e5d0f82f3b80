package dev.collections.extract;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A standard SQL MERGE (the same text on H2 and PostgreSQL 15+) that inserts a row, or updates it only when a
 * value differs: importing the same file twice changes nothing, not even {@code updated_at}. The source is one
 * row of parameters ({@link #sql()}, in JDBC batches) or, on PostgreSQL, a file's rows staged by COPY in a
 * temporary table ({@link #mergeFromStaging()}), of which one row of each key counts: the row a batch of
 * single-row merges would have left (the last where a match updates, the first where it does not).
 */
record Upsert(String table, List<Column> keys, List<Column> values, String createdColumn, String updatedColumn) {

    /** A column and its JDBC type (for nulls). */
    record Column(String name, int type) {
        /** The parameter typed, so that both databases compare it with the column's own type. */
        String parameter() {
            return "CAST(? AS " + sqlType() + ")";
        }

        String sqlType() {
            return switch (type) {
                case java.sql.Types.INTEGER -> "INTEGER";
                case java.sql.Types.BIGINT -> "BIGINT";
                case java.sql.Types.DECIMAL -> "NUMERIC(19, 2)";
                case java.sql.Types.BOOLEAN -> "BOOLEAN";
                case java.sql.Types.DATE -> "DATE";
                case java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMP WITH TIME ZONE";
                default -> "VARCHAR";
            };
        }
    }

    /** One row's merge: the keys' and values' parameters, then the time stamp ({@link #bind}). */
    String sql() {
        String params = all().stream().map(Column::parameter).collect(Collectors.joining(", "));
        return merge("(VALUES (" + params + ", CAST(? AS TIMESTAMP WITH TIME ZONE)))");
    }

    /** The temporary table a file's rows are staged in on PostgreSQL: its line number, then the columns. */
    String staging() {
        return "import_" + table;
    }

    String createStaging() {
        return "CREATE TEMPORARY TABLE IF NOT EXISTS " + staging() + " (line_ INTEGER, " + all().stream()
                .map(c -> c.name() + " " + c.sqlType()).collect(Collectors.joining(", ")) + ")";
    }

    /** The COPY target: the staging table and its columns, in {@link #stagedRow}'s order. */
    String stagingColumns() {
        return staging() + " (line_, " + all().stream().map(Column::name).collect(Collectors.joining(", ")) + ")";
    }

    /** The merge of every staged row, one of each key; one parameter, the time stamp. */
    String mergeFromStaging() {
        String keyNames = keys.stream().map(Column::name).collect(Collectors.joining(", "));
        return merge("(SELECT DISTINCT ON (" + keyNames + ") " + all().stream().map(Column::name)
                .collect(Collectors.joining(", ")) + ", CAST(? AS TIMESTAMP WITH TIME ZONE) FROM " + staging()
                + " ORDER BY " + keyNames + ", line_" + (updatedColumn == null ? ")" : " DESC)"));
    }

    private List<Column> all() {
        List<Column> all = new ArrayList<>(keys);
        all.addAll(values);
        return all;
    }

    private String merge(String source) {
        String names = all().stream().map(Column::name).collect(Collectors.joining(", "));
        String on = keys.stream().map(c -> "t." + c.name() + " = s." + c.name()).collect(Collectors.joining(" AND "));
        StringBuilder sql = new StringBuilder("MERGE INTO ").append(table).append(" t USING ").append(source)
                .append(" AS s(").append(names).append(", stamp_) ON ").append(on);
        if (updatedColumn != null && !values.isEmpty()) {
            sql.append(" WHEN MATCHED AND NOT (")
                    .append(values.stream().map(c -> "t." + c.name() + " IS NOT DISTINCT FROM s." + c.name())
                            .collect(Collectors.joining(" AND ")))
                    .append(") THEN UPDATE SET ")
                    .append(values.stream().map(c -> c.name() + " = s." + c.name()).collect(Collectors.joining(", ")))
                    .append(", ").append(updatedColumn).append(" = s.stamp_");
        }
        sql.append(" WHEN NOT MATCHED THEN INSERT (").append(names).append(", ").append(createdColumn);
        if (updatedColumn != null) {
            sql.append(", ").append(updatedColumn);
        }
        sql.append(") VALUES (").append(all().stream().map(c -> "s." + c.name()).collect(Collectors.joining(", ")))
                .append(", s.stamp_");
        if (updatedColumn != null) {
            sql.append(", s.stamp_");
        }
        return sql.append(')').toString();
    }

    /** Binds one row: the keys' and values' cells in order, then the time stamp. */
    void bind(PreparedStatement s, Object[] row, Object stamp) throws SQLException {
        List<Column> all = all();
        for (int i = 0; i < all.size(); i++) {
            if (row[i] == null) {
                s.setNull(i + 1, all.get(i).type());
            } else {
                s.setObject(i + 1, row[i], all.get(i).type());
            }
        }
        s.setObject(all.size() + 1, stamp, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
