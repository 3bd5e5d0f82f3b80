package dev.collections.extract;

import dev.collections.common.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** The extract_import table: every import, its business date, who started it, when, and what it read. */
final class ImportRecords {
    private ImportRecords() {
    }

    static long start(DataSource database, String extract, LocalDate businessDate, String startedBy) {
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("INSERT INTO extract_import (extract, business_date, started_by, started_at,"
                     + " rows_read, rejected) VALUES (?, ?, ?, ?, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, extract);
            s.setObject(2, businessDate);
            s.setString(3, startedBy);
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw ExtractException.databaseFailed("The import could not be recorded");
        }
    }

    static void finish(DataSource database, long id, ImportReport report) {
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("UPDATE extract_import SET finished_at = ?, rows_read = ?, rejected = ?"
                     + " WHERE id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            s.setInt(2, report.rows());
            s.setInt(3, report.rejected());
            s.setLong(4, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw ExtractException.databaseFailed("The import could not be recorded");
        }
    }
}
