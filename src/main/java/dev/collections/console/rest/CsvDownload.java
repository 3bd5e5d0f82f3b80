package dev.collections.console.rest;

import dev.collections.common.Csv;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of a console page as a file a supervisor takes to a meeting: UTF-8 with a byte-order mark (Excel then
 * opens Chinese correctly), the page's column names in the page's language, rows as the page shows them.
 */
final class CsvDownload {
    private CsvDownload() {
    }

    static Response of(String fileName, List<String> header, List<List<?>> rows) {
        String body = Csv.BOM + Csv.spreadsheetRow(header) + "\r\n" + rows.stream().map(Csv::spreadsheetRow)
                .map(r -> r + "\r\n").collect(Collectors.joining());
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
