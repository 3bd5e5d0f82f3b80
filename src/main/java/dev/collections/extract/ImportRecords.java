package dev.collections.extract;

import dev.collections.common.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The extract_import table: every import, its business date, who started it, when, and what it read. */
public final class ImportRecords {
    /** One import as recorded; {@code finishedAt} is null while it runs (or when it stopped half-way). */
    public record Recorded(long id, String extract, LocalDate businessDate, String startedBy, OffsetDateTime startedAt,
                           OffsetDateTime finishedAt, int rows, int rejected, ImportMode mode) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind
            .ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    private ImportRecords() {
    }

    static long start(DataSource database, String extract, LocalDate businessDate, String startedBy, ImportMode mode) {
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("INSERT INTO extract_import (extract, business_date, started_by, started_at,"
                     + " rows_read, rejected, mode) VALUES (?, ?, ?, ?, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, extract);
            s.setObject(2, businessDate);
            s.setString(3, startedBy);
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            s.setString(5, mode.name());
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw ExtractException.databaseFailed("The import could not be recorded");
        }
    }

    /** The latest imports, newest first. */
    public static List<Recorded> latest(DataSource database, int limit) {
        List<Recorded> imports = new ArrayList<>();
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("SELECT id, extract, business_date, started_by, started_at, finished_at,"
                     + " rows_read, rejected, mode FROM extract_import ORDER BY id DESC")) {
            s.setMaxRows(limit);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    imports.add(new Recorded(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class),
                            rs.getObject(6, OffsetDateTime.class), rs.getInt(7), rs.getInt(8),
                            ImportMode.valueOf(rs.getString(9))));
                }
            }
        } catch (SQLException e) {
            throw ExtractException.databaseFailed("The imports could not be read");
        }
        return imports;
    }

    static void finish(DataSource database, long id, ImportReport report) {
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("UPDATE extract_import SET finished_at = ?, rows_read = ?, rejected = ?,"
                     + " report = ? WHERE id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            s.setInt(2, report.rows());
            s.setInt(3, report.rejected());
            s.setString(4, JSON.writeValueAsString(report));
            s.setLong(5, id);
            s.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ExtractException.databaseFailed("The import could not be recorded");
        }
    }

    /** The report of import {@code id}, when it finished. */
    static java.util.Optional<ImportReport> report(DataSource database, long id) {
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("SELECT report FROM extract_import WHERE id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                return rs.next() && rs.getString(1) != null
                        ? java.util.Optional.of(JSON.readValue(rs.getString(1), ImportReport.class))
                        : java.util.Optional.empty();
            }
        } catch (SQLException | java.io.IOException e) {
            throw ExtractException.databaseFailed("The import could not be read");
        }
    }
}
