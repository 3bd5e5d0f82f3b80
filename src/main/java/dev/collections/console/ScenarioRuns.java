package dev.collections.console;

import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.AssessmentConfig;
import dev.collections.rules.RuleSet;
import dev.collections.rules.scenario.Scenario;
import dev.collections.rules.scenario.ScenarioFiles;
import dev.collections.rules.scenario.ScenarioResult;
import dev.collections.rules.scenario.ScenarioRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The scenarios of the rules directory run against the live rule set, for the console: each with its result, the
 * rules it fired and what differed; filtered by file, by a rule it names or fires, and by policy line.
 */
@ApplicationScoped
public class ScenarioRuns {
    private final ActiveRuleSet active;
    private final ScenarioRunner runner;

    public ScenarioRuns(ActiveRuleSet active, AssessmentConfig config) {
        this.active = active;
        this.runner = new ScenarioRunner(config.defaultTimezone(), active.fireLimit());
    }

    /** What to show; null or blank fields do not filter. */
    public record Filter(String file, String rule, String policy) {
        boolean keeps(Scenario s, ScenarioResult r) {
            return (blank(file) || s.file().equals(file))
                    && (blank(policy) || s.policy() != null && Arrays.asList(s.policy().split("[ ,]+")).contains(policy))
                    && (blank(rule) || r.firedRules().contains(rule) || names(s.expect().fired(), rule)
                    || names(s.expect().notFired(), rule));
        }

        private static boolean names(List<String> rules, String rule) {
            return rules != null && rules.contains(rule);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    public record Row(String file, String name, String policy, boolean passed, List<String> differences,
                      List<String> firedRules) {
    }

    /** The rows kept by the filter, how many of every scenario pass, and the choices for the filter. */
    public record Run(String version, List<Row> rows, int total, int passed, List<String> files, List<String> rules,
                      List<String> policyLines, String error) {
    }

    public Run run(Filter filter) {
        RuleSet live = active.current();
        if (live == null || !live.isValid()) {
            return new Run(null, List.of(), 0, 0, List.of(), List.of(), List.of(), "no-live-rules");
        }
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFiles.load(active.directory());
        } catch (RuntimeException e) {
            return new Run(live.version(), List.of(), 0, 0, List.of(), List.of(), List.of(), e.getMessage());
        }
        List<ScenarioResult> results = scenarios.stream().map(s -> runner.run(s, live)).toList();
        List<Row> rows = results.stream().filter(r -> filter.keeps(r.scenario(), r)).map(r -> new Row(
                r.scenario().file(), r.scenario().name(), r.scenario().policy(), r.passed(), r.differences(),
                r.firedRules())).toList();
        var policyLines = new TreeSet<String>();
        scenarios.stream().map(Scenario::policy).filter(Objects::nonNull)
                .forEach(p -> policyLines.addAll(Arrays.asList(p.split("[ ,]+"))));
        return new Run(live.version(), rows, results.size(), (int) results.stream().filter(ScenarioResult::passed)
                .count(), scenarios.stream().map(Scenario::file).distinct().sorted().toList(),
                live.rules().stream().map(RuleSet.RuleInfo::name).toList(), List.copyOf(policyLines), null);
    }
}
