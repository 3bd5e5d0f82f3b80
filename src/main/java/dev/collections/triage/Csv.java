package dev.collections.triage;

/** CSV cells as RFC 4180 writes them. */
public final class Csv {
    private Csv() {
    }

    /** The cell as is, or quoted (quotes doubled) when it holds a comma, quote or line break; null is empty. */
    public static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
