package dev.collections.extract;

import dev.collections.common.CommandConfig;
import dev.collections.common.CommandException;
import dev.collections.common.ProblemException;
import dev.collections.common.BusinessDates;
import dev.collections.common.Violations;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.rules.RulesConfig;
import dev.collections.rules.StageTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads a core-banking extract directory into the collections record, without the service, on the service's
 * configured database (or {@code --db-url}).
 *
 * <pre>./mvnw -q compile exec:java@import -Dextract=path/to/extract [-Ddb=jdbc:postgresql://…]</pre>
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a core-banking extract directory into the record.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row loaded", "1:a file was refused or the database failed",
                "2:some rows were rejected (listed in <extract>/rejects/)", "64:the command line is wrong"})
public final class ImportCommand implements Callable<Integer> {

    @Option(names = "--extract", required = true, description = "the extract directory")
    String extractDirectory;

    @Option(names = "--db-url", description = "the database (default: quarkus.datasource.jdbc.url)")
    String databaseUrl;

    @Option(names = "--business-date", description = "the date of the positions (default: today in"
            + " collections.triage.time-zone)")
    String businessDate;

    @Option(names = "--mode", description = "FULL (default): the daily extract, replacing every position of the"
            + " date; DELTA: a correction, replacing only the positions of the accounts in the file")
    String mode;

    @Option(names = "--force", arity = "0..1", description = "let a FULL extract through that holds fewer accounts than"
            + " collections.imports.full-minimum-share of the date's (or the latest earlier date's) positions")
    boolean force;

    @Option(names = "--rules", description = "the rules directory whose stages classify the positions (default:"
            + " collections.rules.directory)")
    String rulesDirectory;

    @Override
    public Integer call() {
        if (!CommandConfig.given(extractDirectory)) {
            throw new CommandException(64, "Name the extract directory: --extract=DIR (-Dextract=DIR with Maven)");
        }
        Path extract = Path.of(extractDirectory);
        ImportMode importMode;
        try {
            importMode = CommandConfig.given(mode) ? ImportMode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT))
                    : ImportMode.FULL;
        } catch (IllegalArgumentException e) {
            throw new CommandException(64, "--mode is FULL or DELTA");
        }
        CommandConfig config = CommandConfig.load(RulesConfig.class, ImportConfig.class);
        LocalDate today = LocalDate.now(config.mapping(ImportConfig.class).businessZone());
        LocalDate date = today;
        if (CommandConfig.given(businessDate)) {
            try {
                date = LocalDate.parse(businessDate);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandException(64, "--business-date is written like 2026-11-30");
            }
        }
        String refused = BusinessDates.past(new Violations(), "--business-date", date, today).list().stream()
                .map(v -> v.field() + " " + v.message()).findFirst().orElse(null);
        if (refused != null) {
            throw new CommandException(64, refused);
        }
        var database = config.database(databaseUrl);
        RulesConfig rulesConfig = config.mapping(RulesConfig.class);
        var rules = new RuleSetCompiler().compileForCommand(Path.of(CommandConfig.given(rulesDirectory)
                ? rulesDirectory : rulesConfig.directory()));
        try {
            long start = System.nanoTime();
            ImportReport report = new ExtractImport(database, StageTable.of(rules, rulesConfig.fireLimit()))
                    .run(extract, date, "command:" + System.getProperty("user.name"), new ExtractImport.Options(
                            importMode, force, config.mapping(ImportConfig.class).fullMinimumShare()));
            double seconds = (System.nanoTime() - start) / 1e9;
            for (var file : report.files()) {
                System.out.printf("%-20s %,9d rows  %,9d accepted  %,9d changed  %,7d rejected%s%n", file.file(),
                        file.rows(), file.accepted(), file.changed(), file.rejected(),
                        file.rejectsFile() == null ? "" : "  (see " + extract.resolve(file.rejectsFile()) + ")");
                file.firstRejects().forEach(r -> System.out.println("    " + r));
            }
            System.out.printf("Imported %s (%s, positions of %s: %,d before, %,d after) in %.1f s%n", extract,
                    report.mode(), date, report.positionsBefore(), report.positionsAfter(), seconds);
            return report.rejected() > 0 ? 2 : 0;
        } catch (ProblemException e) {
            System.out.println(e.problem().detail());
            if (e.problem().violations() != null) {
                e.problem().violations().forEach(v -> System.out.println("  " + v.field() + ": " + v.message()));
            }
            return 1;
        }
    }
}
