package dev.collections.common;

import java.util.List;
import java.util.stream.Collectors;

/** CSV cells as RFC 4180 writes them; the one place the service writes CSV (work lists, rejects, exports). */
public final class Csv {
    /** Leads a file a spreadsheet should open as UTF-8 (Excel reads Chinese correctly only with it). */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** The cell as is, or quoted (quotes doubled) when it holds a comma, quote or line break; null is empty. */
    public static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        return needsQuotes(cell) ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** Writes {@code cell} as {@link #quote} gives it, without making the quoted text first (the night's lists). */
    public static void write(java.io.Writer out, String cell) throws java.io.IOException {
        if (cell == null) {
            return;
        }
        if (!needsQuotes(cell)) {
            out.write(cell);
            return;
        }
        int length = cell.length();
        out.write('"');
        int from = 0;
        for (int i = 0; i < length; i++) {
            if (cell.charAt(i) == '"') {
                out.write(cell, from, i + 1 - from);
                out.write('"');
                from = i + 1;
            }
        }
        out.write(cell, from, length - from);
        out.write('"');
    }

    /** A cell holding a comma, a quote or a line break is quoted (RFC 4180). */
    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * One row of a file meant for a spreadsheet: each cell quoted as above, and a text cell a spreadsheet would take
     * for a formula (it begins with = + - @ and is not a number) led by an apostrophe, so that it stays text.
     */
    public static String spreadsheetRow(List<?> cells) {
        return cells.stream().map(c -> c == null ? "" : quote(inert(c.toString()))).collect(Collectors.joining(","));
    }

    private static String inert(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("[+-]?[0-9][0-9.,]*%?")) {
            return cell;
        }
        return "'" + cell;
    }
}
