package dev.collections.analyst;

import dev.collections.common.CommandDefaults;
import dev.collections.common.CommandLogging;
import dev.collections.rules.RuleSet;
import dev.collections.scenario.ScenarioResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The analyst's check before committing, and CI's check of the rules: compiles a rules directory, runs its
 * scenarios, and prints per-file results, each failing scenario as expected/actual, and the rules that no
 * scenario fires. Needs no server and no database. Exit status 0 when everything passes, 1 otherwise.
 *
 * <pre>./mvnw -q compile exec:java@validate [-Drules=path/to/rules]</pre>
 */
public final class Validate {

    private Validate() {
    }

    public static void main(String[] args) {
        CommandLogging.quiet();
        Path directory = Path.of(args.length > 0 ? args[0] : "rules").toAbsolutePath().normalize();
        RulesCheck.Report report = new RulesCheck(CommandDefaults.ZONE, CommandDefaults.FIRE_LIMIT).check(directory);
        print(directory, report, System.out);
        System.exit(report.passed() ? 0 : 1);
    }

    static void print(Path directory, RulesCheck.Report report, PrintStream out) {
        RuleSet rules = report.ruleSet();
        out.println("Rules in " + directory);
        out.println("  version " + rules.version());
        Map<String, Long> rulesPerFile = rules.rules().stream()
                .collect(Collectors.groupingBy(r -> String.valueOf(r.file()), TreeMap::new, Collectors.counting()));
        for (RuleSet.RuleFile file : rules.files()) {
            List<RuleSet.RuleError> errors = rules.errors().stream().filter(e -> file.path().equals(e.file())).toList();
            String result = !errors.isEmpty() ? errors.size() + " errors"
                    : rules.isValid() ? rulesPerFile.getOrDefault(file.path(), 0L) + " rules, compiles" : "no errors";
            out.printf("  %-32s %s%n", file.path(), result);
            errors.forEach(e -> out.printf("      line %s: %s%n", e.line(), e.message()));
        }
        rules.errors().stream().filter(e -> rules.files().stream().noneMatch(f -> f.path().equals(e.file())))
                .forEach(e -> out.println("  " + e.message()));
        report.problems().forEach(p -> out.println("  " + p));
        if (rules.isValid() && !report.results().isEmpty()) {
            scenarios(report, out);
            out.println();
            out.println(report.unfiredRules().isEmpty() ? "Every rule is fired by some scenario."
                    : "Rules that no scenario fires (add a scenario that makes each one fire):");
            report.unfiredRules().forEach(r -> out.println("  - " + r));
        }
        out.println();
        out.println(report.passed() ? "PASSED" : "FAILED");
    }

    private static void scenarios(RulesCheck.Report report, PrintStream out) {
        out.println();
        out.println("Scenarios: " + report.results().size());
        Map<String, List<ScenarioResult>> byFile = report.results().stream()
                .collect(Collectors.groupingBy(r -> r.scenario().file(), TreeMap::new, Collectors.toList()));
        byFile.forEach((file, results) -> {
            long failed = results.stream().filter(r -> !r.passed()).count();
            out.printf("  %-32s %d passed%s%n", file, results.size() - failed, failed == 0 ? "" : ", " + failed + " FAILED");
            results.stream().filter(r -> !r.passed()).forEach(r -> {
                out.println("    x " + r.scenario().name());
                r.differences().forEach(d -> out.println("        " + d));
            });
        });
    }
}
