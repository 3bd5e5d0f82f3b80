package dev.collections.extract;

import dev.collections.common.CommandLogging;
import dev.collections.common.CommandOptions;
import java.nio.file.Path;
import java.util.Set;

/**
 * Loads a core-banking extract directory into the collections record, without the service.
 *
 * <pre>./mvnw -q compile exec:java@import -Dextract=path/to/extract [-Ddb.url=jdbc:postgresql://…]</pre>
 *
 * Exits 0 when every row loaded, 2 when some rows were rejected (they are in {@code <extract>/rejects/}), 1 when
 * a file was refused or the database failed.
 */
public final class ImportCommand {
    private ImportCommand() {
    }

    public static void main(String[] args) {
        CommandLogging.quiet();
        var options = new CommandOptions(args, Set.of("extract", "db-url", "db-user"));
        Path directory = Path.of(options.get("extract", "extract"));
        try {
            long start = System.nanoTime();
            ImportReport report = new ExtractImport(options.database()).run(directory);
            double seconds = (System.nanoTime() - start) / 1e9;
            for (var file : report.files()) {
                if (file.refused() != null) {
                    System.out.printf("%-20s refused: %s%n", file.file(), file.refused());
                    continue;
                }
                System.out.printf("%-20s %,9d rows  %,9d accepted  %,9d changed  %,7d rejected%s%n", file.file(),
                        file.rows(), file.accepted(), file.changed(), file.rejected(),
                        file.rejectsFile() == null ? "" : "  (see " + directory.resolve(file.rejectsFile()) + ")");
                file.firstRejects().forEach(r -> System.out.println("    " + r));
            }
            System.out.printf("Imported %s in %.1f s%n", directory, seconds);
            System.exit(report.refusedAny() ? 1 : report.rejected() > 0 ? 2 : 0);
        } catch (ExtractException e) {
            System.out.println(e.getMessage());
            System.exit(1);
        }
    }
}
