package dev.collections.triage;

import dev.collections.outcome.OutcomeConfig;
import dev.collections.common.BusinessDates;
import dev.collections.common.CommandConfig;
import dev.collections.common.Violations;
import dev.collections.common.CommandException;
import dev.collections.rules.AssessmentConfig;
import dev.collections.common.Database;
import dev.collections.rules.Challenger;
import dev.collections.rules.ChallengerStore;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.rules.RulesConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs (or resumes) the nightly triage of one business date without the service, with a progress bar on stderr,
 * with the service's configuration (zone, chunk size, workers, lease, output directory, database).
 *
 * <pre>./mvnw -q compile exec:java@triage [-Ddate=2026-11-23] [-Drules=rules] [-Dout=triage-runs] [-Ddb=…]</pre>
 */
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = "Triage every account due on one business date and write the work lists.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run is complete (now or before)", "1:the run failed (start it again to resume)",
                "3:another process is running it", "64:the command line is wrong"})
public final class TriageCommand implements Callable<Integer> {

    @Option(names = "--date", description = "the business date, YYYY-MM-DD (default: today in"
            + " collections.triage.time-zone)")
    String date;

    @Option(names = "--rules", description = "the rules directory (default: collections.rules.directory)")
    String rules;

    @Option(names = "--out", description = "where work lists go (default: collections.triage.output-directory)")
    String out;

    @Option(names = "--workers", description = "evaluating threads (default: collections.triage.workers)")
    Integer workers;

    @Option(names = "--chunk-size", description = "accounts per checkpoint (default: collections.triage.chunk-size)")
    Integer chunkSize;

    @Option(names = "--db-url", description = "the database (default: quarkus.datasource.jdbc.url)")
    String databaseUrl;

    @Override
    public Integer call() {
        CommandConfig config = CommandConfig.load(TriageConfig.class, OutcomeConfig.class, AssessmentConfig.class,
                RulesConfig.class);
        TriageConfig triage = config.mapping(TriageConfig.class);
        RulesConfig rulesConfig = config.mapping(RulesConfig.class);
        LocalDate day = businessDate(triage);
        RuleSet ruleSet = new RuleSetCompiler().compileForCommand(
                Path.of(CommandConfig.given(rules) ? rules : rulesConfig.directory()));
        var settings = TriageSettings.of(triage, config.mapping(OutcomeConfig.class),
                        config.mapping(AssessmentConfig.class), rulesConfig)
                .with(chunkSize, workers, CommandConfig.given(out) ? Path.of(out) : null);
        var database = config.database(databaseUrl);
        var bar = new ProgressBar(System.err);
        try {
            var result = new TriageRunner(database, settings).run(day, ruleSet, challenger(database, day),
                    TriageRun.Trigger.COMMAND,
                    "command:" + System.getProperty("user.name"), bar);
            bar.done();
            TriageRun run = result.run();
            switch (result.claim()) {
                case RUNNING_ELSEWHERE -> {
                    System.out.printf("The triage of %s is running in %s (%,d of %,d done)%n", day, run.owner(),
                            run.processed(), run.total());
                    return 3;
                }
                case ALREADY_COMPLETED -> System.out.printf("The triage of %s was completed at %s; nothing to do%n",
                        day, run.finishedAt());
                default -> {
                    if (result.claim() == TriageRun.Claim.JOINED || run.status() != TriageRun.Status.COMPLETED) {
                        System.out.printf("%s the triage of %s: %,d accounts decided here; the run is %s (%,d of %,d"
                                + " done, rules %s)%n", result.claim() == TriageRun.Claim.JOINED ? "Joined" : "Shared",
                                day, result.decidedHere(), run.status(), run.processed(), run.total(),
                                run.rulesetVersion());
                    } else {
                        System.out.printf("Triage of %s %s: %,d accounts, %,d errors, rules %s%n", day,
                                result.claim() == TriageRun.Claim.RESUMED ? "resumed and completed" : "completed",
                                run.processed(), run.errors(), run.rulesetVersion());
                    }
                }
            }
            System.out.println("Work lists and summary: " + settings.outputDirectory().resolve(day.toString())
                    .toAbsolutePath());
            return 0;
        } catch (TriageException e) {
            bar.done();
            System.out.println(e.getMessage() + ". Start the command again to resume after the last checkpoint.");
            return 1;
        }
    }

    /** The running experiment's challenger, as the service would use it (docs/experiments.md). */
    private static Challenger challenger(javax.sql.DataSource database, LocalDate day) {
        try (var c = Database.open(database)) {
            return ChallengerStore.running(c, day);
        } catch (java.sql.SQLException e) {
            throw new CommandException(1, "The experiments could not be read: " + e.getMessage());
        }
    }

    private LocalDate businessDate(TriageConfig triage) {
        if (!CommandConfig.given(date) || "today".equals(date)) {
            return LocalDate.now(triage.timeZone());
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandException(64, "--date must be a date such as 2026-11-23; not " + date);
        }
        LocalDate today = LocalDate.now(triage.timeZone());
        String refused = BusinessDates.past(new Violations(), "--date", day, today).list().stream()
                .map(v -> v.field() + " " + v.message()).findFirst().orElse(null);
        if (refused != null) {
            throw new CommandException(64, refused + ": a night is triaged on its date or after it, never ahead");
        }
        return day;
    }
}
