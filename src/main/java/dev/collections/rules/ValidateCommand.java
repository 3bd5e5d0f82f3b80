package dev.collections.rules;

import dev.collections.common.CommandConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import dev.collections.rules.scenario.ScenarioResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The analyst's check before committing, and CI's check of the rules: compiles a rules directory, runs its
 * scenarios, and prints per-file results, each failing scenario as expected/actual, and every gap in the scenarios
 * (a rule no case fires, a rule without a boundary case, a policy line without a case). The same check as the
 * reload gate and the test suite ({@link RulesCheck}); it fails wherever {@code ./mvnw verify} would fail on the
 * rules. Needs no server and no database.
 *
 * <pre>./mvnw -q compile exec:java@validate [-Drules=path/to/rules]</pre>
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile a rules directory, run its scenarios, list the gaps in them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passes and nothing is missing", "1:a compile error, a failing scenario"
                + " or a gap in the scenarios", "64:the command line is wrong"})
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--rules", description = "the rules directory (default: collections.rules.directory)")
    String rules;

    @Override
    public Integer call() {
        CommandConfig config = CommandConfig.load(RulesConfig.class, AssessmentConfig.class);
        RulesConfig settings = config.mapping(RulesConfig.class);
        Path directory = Path.of(CommandConfig.given(rules) ? rules : settings.directory())
                .toAbsolutePath().normalize();
        RulesCheck.Report report = new RulesCheck(config.mapping(AssessmentConfig.class).defaultTimezone(),
                settings.fireLimit()).check(directory);
        print(directory, report, System.out);
        return report.passed() ? 0 : 1;
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
            out.println(report.warnings().isEmpty()
                    ? "Every rule is fired by some scenario and named under notFired by another; every policy line"
                    + " has a scenario."
                    : "What the rules check asks for (a case to add, or a number to take from parameters.drl):");
            report.unfiredRules().forEach(r -> out.println("  - fired by no scenario: " + r));
            report.rulesWithoutBoundaryCase().forEach(r -> out.println("  - no boundary case (notFired): " + r));
            report.policyLinesWithoutScenario().forEach(l -> out.println("  - policy line without a scenario: " + l));
            report.quotedNumbers().forEach(q -> out.println("  - " + q + ": name it by what it means, and use"
                    + " the parameter from parameters.drl"));
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
