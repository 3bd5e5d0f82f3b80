package dev.collections.extract;

import java.util.List;

/**
 * What an import did, file by file: rows read, rows accepted, rows that changed the record (0 when the same file
 * is imported again), and rows rejected (each with line and reason in the rejects file). A file refused whole (its
 * header) refuses the import before anything is written: a 422 problem, not a report.
 */
public record ImportReport(String directory, List<FileReport> files) {

    public record FileReport(String file, int rows, int accepted, int changed, int rejected, String rejectsFile,
                             List<String> firstRejects) {
    }

    public int rejected() {
        return files.stream().mapToInt(FileReport::rejected).sum();
    }
}
