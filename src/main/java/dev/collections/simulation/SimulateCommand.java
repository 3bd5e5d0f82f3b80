package dev.collections.simulation;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.collections.common.CommandConfig;
import dev.collections.common.CommandException;
import dev.collections.common.JsonSettings;
import dev.collections.rules.AssessmentConfig;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.rules.RulesConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows what a candidate rules directory would change before it goes live: runs a portfolio through the live rules
 * and the candidate, as of one moment, and writes simulation.json and simulation.html. The portfolio is the one the
 * service's database holds (the configured {@code quarkus.datasource.*}, or {@code --portfolio=jdbc:…}), or a CSV
 * extract ({@code --portfolio=file.csv}: the service's account layout, or the UCI file), which needs no database.
 *
 * <pre>./mvnw -q compile exec:java@simulate -Dcandidate=path/to/candidate [-Dportfolio=extract.csv|jdbc:…]
 *     [-DasOf=2027-01-04T10:00:00+08:00] [-Drules=rules] [-Dout=target/simulation]</pre>
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Compare a candidate rules directory with the live one over a portfolio.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report is written", "1:the rules do not compile or the portfolio cannot be read",
                "64:the command line is wrong"})
public final class SimulateCommand implements Callable<Integer> {
    private static final int SAMPLES = 10;

    @Option(names = "--candidate", required = true, description = "the candidate rules directory")
    String candidate;

    @Option(names = "--portfolio", description = "a CSV extract, or a JDBC URL (default: the service's database)")
    String portfolio;

    @Option(names = "--as-of", description = "the moment to assess as of, ISO-8601 with offset (default: now)")
    String asOf;

    @Option(names = "--rules", description = "the live rules directory (default: collections.rules.directory)")
    String rules;

    @Option(names = "--out", description = "where the report goes (default: target/simulation)")
    String out;

    @Override
    public Integer call() throws IOException {
        if (!CommandConfig.given(candidate)) {
            throw new CommandException(64, "Name the candidate rules directory: --candidate=DIR (-Dcandidate=DIR)");
        }
        CommandConfig config = CommandConfig.load(RulesConfig.class, AssessmentConfig.class);
        RulesConfig rulesConfig = config.mapping(RulesConfig.class);
        ZoneId zone = config.mapping(AssessmentConfig.class).defaultTimezone();
        OffsetDateTime moment = !CommandConfig.given(asOf) || "now".equals(asOf) ? OffsetDateTime.now(zone)
                : parse(asOf);
        RuleSetCompiler compiler = new RuleSetCompiler();
        RuleSet live = compiler.compileForCommand(Path.of(CommandConfig.given(rules) ? rules
                : rulesConfig.directory()));
        RuleSet candidateSet = compiler.compileForCommand(Path.of(candidate));
        Simulator simulator = new Simulator(zone, rulesConfig.fireLimit(), SAMPLES);
        long start = System.nanoTime();
        SimulationReport report;
        if (!CommandConfig.given(portfolio) || portfolio.startsWith("jdbc:")) {
            try (var stored = new StoredPortfolio(config.database(portfolio), moment)) {
                report = simulator.run(live, candidateSet, stored, moment);
            } catch (SQLException e) {
                throw new CommandException(1, "The stored portfolio could not be read: " + e.getMessage());
            }
        } else {
            report = simulator.run(live, candidateSet, PortfolioCsv.read(Path.of(portfolio), moment), moment);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Path target = Path.of(CommandConfig.given(out) ? out : "target/simulation");
        Files.createDirectories(target);
        JsonSettings.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(target.resolve("simulation.json").toFile(), report);
        Files.writeString(target.resolve("simulation.html"), SimulationHtml.render(report));
        System.out.printf("%d accounts as of %s in %.1f s: %d would be decided differently, %d lines not assessed%n",
                report.accounts(), moment, seconds, report.changed(), report.rejected().size());
        report.nextActions().forEach((from, row) -> row.forEach((to, n) -> {
            if (!from.equals(to)) {
                System.out.printf("  next action %s -> %s: %d%n", from, to, n);
            }
        }));
        System.out.println("Report: " + target.resolve("simulation.html").toAbsolutePath());
        return 0;
    }

    private static OffsetDateTime parse(String moment) {
        try {
            return OffsetDateTime.parse(moment);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandException(64, "--as-of must be an ISO-8601 moment with offset, such as"
                    + " 2027-01-04T10:00:00+08:00; not " + moment);
        }
    }
}
