package dev.collections.analyst;

import dev.collections.common.CommandDefaults;
import dev.collections.common.CommandLogging;
import dev.collections.common.CommandOptions;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.collections.common.JsonSettings;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Shows what a candidate rules directory would change before it goes live: runs a portfolio extract (CSV)
 * (CSV), or the portfolio stored in the record's database, through the live rules and the candidate, as of one
 * moment, and writes simulation.json and simulation.html. With a CSV it needs no server and no database.
 *
 * <pre>./mvnw -q compile exec:java@simulate -Dcandidate=path/to/candidate [-Dportfolio=extract.csv]
 *     [-DasOf=2027-01-04T10:00:00+08:00] [-Drules=rules] [-Dout=target/simulation]
 * ./mvnw -q compile exec:java@simulate -Dcandidate=path/to/candidate -Dportfolio=jdbc:postgresql://…/collections</pre>
 */
public final class Simulate {
    private static final ZoneId DEFAULT_ZONE = CommandDefaults.ZONE;
    private static final int FIRE_LIMIT = CommandDefaults.FIRE_LIMIT;
    private static final int SAMPLES = 10;

    private Simulate() {
    }

    public static void main(String[] args) throws IOException {
        CommandLogging.quiet();
        Path candidateDir = Path.of(args[0]);
        Path portfolio = args[1].startsWith("jdbc:") ? null : Path.of(args[1]);
        OffsetDateTime asOf = args.length > 2 && !"now".equals(args[2]) ? OffsetDateTime.parse(args[2])
                : OffsetDateTime.now(DEFAULT_ZONE);
        Path liveDir = Path.of(args.length > 3 ? args[3] : "rules");
        Path out = Path.of(args.length > 4 ? args[4] : "target/simulation");

        RuleSetCompiler compiler = new RuleSetCompiler();
        RuleSet live = compiler.compile(liveDir);
        RuleSet candidate = compiler.compile(candidateDir);
        for (RuleSet set : new RuleSet[] {live, candidate}) {
            if (!set.isValid()) {
                System.out.println("The rules in " + set.directory() + " do not compile:");
                set.errors().forEach(e -> System.out.println("  " + e.file() + ":" + e.line() + " " + e.message()));
                System.exit(1);
            }
        }
        long start = System.nanoTime();
        SimulationReport report;
        if (args[1].startsWith("jdbc:")) {
            try (var stored = new StoredPortfolio(CommandOptions.databaseAt(args[1], null))) {
                report = new Simulator(DEFAULT_ZONE, FIRE_LIMIT, SAMPLES).run(live, candidate, stored, asOf);
            } catch (java.sql.SQLException e) {
                System.out.println("The stored portfolio could not be read: " + e.getMessage());
                System.exit(1);
                return;
            }
        } else {
            report = new Simulator(DEFAULT_ZONE, FIRE_LIMIT, SAMPLES)
                    .run(live, candidate, PortfolioCsv.read(portfolio, asOf), asOf);
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Files.createDirectories(out);
        JsonSettings.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("simulation.json").toFile(), report);
        Files.writeString(out.resolve("simulation.html"), SimulationHtml.render(report));
        System.out.printf("%d accounts as of %s in %.1f s: %d would be decided differently, %d lines not assessed%n",
                report.accounts(), asOf, seconds, report.changed(), report.rejected().size());
        report.nextActions().forEach((from, row) -> row.forEach((to, n) -> {
            if (!from.equals(to)) {
                System.out.printf("  next action %s -> %s: %d%n", from, to, n);
            }
        }));
        System.out.println("Report: " + out.resolve("simulation.html").toAbsolutePath());
    }
}
