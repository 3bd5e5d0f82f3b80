package dev.collections.analyst;

import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.scenario.Scenario;
import dev.collections.scenario.ScenarioFiles;
import dev.collections.scenario.ScenarioResult;
import dev.collections.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything an analyst's rules directory must pass: it compiles, it has scenarios, every scenario holds, and
 * every rule is fired by some scenario. The validate command, the hot reload and the test suite all use it.
 */
public final class RulesCheck {
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final ScenarioRunner runner;

    public RulesCheck(ZoneId defaultZone, int fireLimit) {
        this.runner = new ScenarioRunner(defaultZone, fireLimit);
    }

    /** What checking one directory found. */
    public record Report(RuleSet ruleSet, List<ScenarioResult> results, Set<String> unfiredRules,
                         List<String> problems) {

        /** Compiles, has scenarios, and every scenario holds: what a reload needs to go live. */
        public boolean activatable() {
            return ruleSet.isValid() && problems.isEmpty() && failures().isEmpty();
        }

        /** Activatable, and no rule is left unexercised: what validate and CI need. */
        public boolean passed() {
            return activatable() && unfiredRules.isEmpty();
        }

        public List<ScenarioResult> failures() {
            return results.stream().filter(r -> !r.passed()).toList();
        }

        /** The reasons this directory may not go live, one line each: compile errors, problems, failing scenarios. */
        public List<RuleSet.RuleError> refusals() {
            List<RuleSet.RuleError> reasons = new ArrayList<>(ruleSet.errors());
            problems.forEach(p -> reasons.add(new RuleSet.RuleError(ScenarioFiles.DIRECTORY, null, p)));
            failures().forEach(f -> reasons.add(new RuleSet.RuleError(f.scenario().file(), null,
                    "scenario \"" + f.scenario().name() + "\" fails: " + String.join("; ", f.differences()))));
            return reasons;
        }
    }

    public Report check(Path directory) {
        RuleSet ruleSet = compiler.compile(directory);
        if (!ruleSet.isValid()) {
            return new Report(ruleSet, List.of(), Set.of(), List.of());
        }
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFiles.load(directory);
        } catch (RuntimeException e) {
            return new Report(ruleSet, List.of(), Set.of(), List.of("The scenarios could not be read: "
                    + e.getMessage()));
        }
        if (scenarios.isEmpty()) {
            return new Report(ruleSet, List.of(), Set.of(), List.of("No scenarios under " + ScenarioFiles.DIRECTORY
                    + "/: a rule set goes live only when its scenarios pass"));
        }
        List<ScenarioResult> results = scenarios.stream().map(s -> runner.run(s, ruleSet)).toList();
        Set<String> fired = results.stream().flatMap(r -> r.firedRules().stream()).collect(Collectors.toSet());
        Set<String> unfired = ruleSet.rules().stream().map(RuleSet.RuleInfo::name).filter(n -> !fired.contains(n))
                .collect(Collectors.toCollection(TreeSet::new));
        return new Report(ruleSet, results, unfired, List.of());
    }
}
