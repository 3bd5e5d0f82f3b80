package dev.collections.common;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows on their way into PostgreSQL through {@code COPY ... FROM STDIN (FORMAT csv)}, the bulk paths' one way to
 * write many rows there: an unquoted empty cell is NULL, every other cell is quoted (quotes doubled), numbers are
 * written plainly and dates and moments in ISO 8601.
 */
public final class CopyText {
    private final StringBuilder csv;
    private boolean inRow;
    private int rows;

    public CopyText(int expectedRows, int charsPerRow) {
        this.csv = new StringBuilder(Math.max(16, expectedRows * charsPerRow));
    }

    /** The next cell of the current row; null is NULL. */
    public CopyText cell(Object value) {
        if (inRow) {
            csv.append(',');
        }
        inRow = true;
        if (value != null) {
            String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        return this;
    }

    public void endRow() {
        csv.append('\n');
        inRow = false;
        rows++;
    }

    public int rows() {
        return rows;
    }

    /** Sends the rows to {@code target} ("table (column, ...)") and starts empty again. */
    public void copyInto(Connection c, String target) throws SQLException {
        if (rows == 0) {
            return;
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
        csv.setLength(0);
        rows = 0;
    }
}
