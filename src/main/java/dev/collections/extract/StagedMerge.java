package dev.collections.extract;

import dev.collections.common.CopyText;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;

/**
 * PostgreSQL's way in for a file: its accepted rows are sent by COPY into a temporary table shaped like the
 * file's upsert, then merged into the record by one statement at the end of the file. The rows are checked and
 * refused exactly as on H2 before they get here; the merge changes what a batch of single-row merges would.
 */
final class StagedMerge {
    private static final int COPY_ROWS = 20_000;

    private final Connection c;
    private final Upsert upsert;
    private final CopyText rows = new CopyText(COPY_ROWS, 100);

    StagedMerge(Connection c, Upsert upsert) throws SQLException {
        this.c = c;
        this.upsert = upsert;
        execute(upsert.createStaging());
        execute("TRUNCATE " + upsert.staging());
    }

    void add(int line, Object[] values) throws SQLException {
        rows.cell(line);
        for (Object value : values) {
            rows.cell(value);
        }
        rows.endRow();
        if (rows.rows() >= COPY_ROWS) {
            rows.copyInto(c, upsert.stagingColumns());
        }
    }

    /** Merges every staged row; the rows inserted or changed. The caller commits. */
    int merge(OffsetDateTime stamp) throws SQLException {
        rows.copyInto(c, upsert.stagingColumns());
        execute("ANALYZE " + upsert.staging());
        int changed;
        try (var s = c.prepareStatement(upsert.mergeFromStaging())) {
            s.setObject(1, stamp, Types.TIMESTAMP_WITH_TIMEZONE);
            changed = s.executeUpdate();
        }
        execute("TRUNCATE " + upsert.staging());
        return changed;
    }

    private void execute(String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
