package dev.collections.extract;

import java.util.List;

/**
 * What an import did, file by file: rows read, rows accepted, rows that changed the record (0 when the same file
 * is imported again), rows rejected (each with line and reason in the rejects file), or why a file was refused.
 */
public record ImportReport(String directory, List<FileReport> files) {

    public record FileReport(String file, int rows, int accepted, int changed, int rejected, String rejectsFile,
                             List<String> firstRejects, String refused) {
    }

    public int rejected() {
        return files.stream().mapToInt(FileReport::rejected).sum();
    }

    public boolean refusedAny() {
        return files.stream().anyMatch(f -> f.refused() != null);
    }
}
