package dev.collections.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import did, file by file: rows read, rows accepted, rows that changed the record (0 when the same file
 * is imported again), and rows rejected (each with line and reason in the rejects file). A file refused whole (its
 * header) refuses the import before anything is written: a 422 problem, not a report. The accounts file records
 * each account's position of {@code businessDate} ({@code mode}: FULL replaces the date's positions, DELTA those
 * of the accounts in the file; {@code forced}: a FULL import let through although it held too few accounts), with
 * the date's positions before and after; {@code startedBy} is the user or command that started it.
 */
public record ImportReport(Long importId, String directory, LocalDate businessDate, String startedBy, ImportMode mode,
                           boolean forced, int positionsBefore, int positionsAfter, List<FileReport> files) {

    public record FileReport(String file, int rows, int accepted, int changed, int rejected, String rejectsFile,
                             List<String> firstRejects) {
    }

    public int rows() {
        return files.stream().mapToInt(FileReport::rows).sum();
    }

    public int rejected() {
        return files.stream().mapToInt(FileReport::rejected).sum();
    }
}
