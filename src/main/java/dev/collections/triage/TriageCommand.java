package dev.collections.triage;

import dev.collections.common.CommandDefaults;
import dev.collections.common.CommandLogging;
import dev.collections.common.CommandOptions;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Runs (or resumes) the nightly triage of one business date without the service, with a progress bar on stderr.
 *
 * <pre>./mvnw -q compile exec:java@triage [-Ddate=2026-11-23] [-Drules=rules] [-Dout=triage-runs] [-Ddb.url=…]</pre>
 *
 * Exits 0 when the run is complete (now or before), 1 when it failed (start it again to resume), 3 when another
 * process is running it.
 */
public final class TriageCommand {
    private TriageCommand() {
    }

    public static void main(String[] args) {
        CommandLogging.quiet();
        var options = new CommandOptions(args, Set.of("date", "rules", "out", "zone", "workers", "chunk-size",
                "db-url", "db-user"));
        ZoneId zone = ZoneId.of(options.get("zone", CommandDefaults.ZONE.getId()));
        LocalDate date = "today".equals(options.get("date", "today")) ? LocalDate.now(zone)
                : LocalDate.parse(options.get("date", null));
        RuleSet rules = new RuleSetCompiler().compile(Path.of(options.get("rules", "rules")));
        if (!rules.isValid()) {
            System.out.println("The rules in " + rules.directory() + " do not compile:");
            rules.errors().forEach(e -> System.out.println("  " + e.file() + ":" + e.line() + " " + e.message()));
            System.exit(1);
        }
        var settings = new TriageSettings(options.integer("chunk-size", 2_000),
                options.integer("workers", Runtime.getRuntime().availableProcessors()), 5_000, Duration.ofMinutes(2),
                Path.of(options.get("out", "triage-runs")), zone, CommandDefaults.FIRE_LIMIT);
        var bar = new ProgressBar(System.err);
        try {
            var result = new TriageRunner(options.database(), settings).run(date, rules, TriageRun.Trigger.COMMAND,
                    bar);
            bar.done();
            TriageRun run = result.run();
            switch (result.claim()) {
                case RUNNING_ELSEWHERE -> {
                    System.out.printf("The triage of %s is running in %s (%,d of %,d done)%n", date, run.owner(),
                            run.processed(), run.total());
                    System.exit(3);
                }
                case ALREADY_COMPLETED -> System.out.printf("The triage of %s was completed at %s; nothing to do%n",
                        date, run.finishedAt());
                default -> System.out.printf("Triage of %s %s: %,d accounts, %,d errors, rules %s%n", date,
                        result.claim() == TriageRun.Claim.RESUMED ? "resumed and completed" : "completed",
                        run.processed(), run.errors(), run.rulesetVersion());
            }
            System.out.println("Work lists and summary: " + settings.outputDirectory().resolve(date.toString())
                    .toAbsolutePath());
        } catch (TriageException e) {
            bar.done();
            System.out.println(e.getMessage() + ". Start the command again to resume after the last checkpoint.");
            System.exit(1);
        }
    }
}
