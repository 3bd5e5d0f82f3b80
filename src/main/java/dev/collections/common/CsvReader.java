package dev.collections.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one CSV reader: a file a line at a time (RFC 4180 quoting within a line, a byte-order mark ignored), each row
 * as column → cell, blank cells as null. The extract import and the simulation's portfolio CSV both read with it.
 */
public final class CsvReader {
    private final BufferedReader reader;
    private final List<String> header;
    private int line = 1;

    public CsvReader(BufferedReader reader) throws IOException {
        this.reader = reader;
        String first = reader.readLine();
        this.header = first == null ? List.of() : cells(first.startsWith("\uFEFF") ? first.substring(1) : first)
                .stream().map(String::trim).toList();
    }

    public void close() throws IOException {
        reader.close();
    }

    public List<String> header() {
        return header;
    }

    public int line() {
        return line;
    }

    /** The next non-blank row, or null at the end; throws {@link IllegalArgumentException} for a malformed one. */
    public Map<String, String> next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
        } while (text != null && text.isBlank());
        if (text == null) {
            return null;
        }
        List<String> cells = cells(text);
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + header.size() + " columns");
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).trim();
            row.put(header.get(i), cell.isEmpty() ? null : cell);
        }
        return row;
    }

    public static List<String> cells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted cell is not closed");
        }
        cells.add(cell.toString());
        return cells;
    }
}
