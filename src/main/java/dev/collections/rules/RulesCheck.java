package dev.collections.rules;

import dev.collections.rules.scenario.Scenario;
import dev.collections.rules.scenario.ScenarioFiles;
import dev.collections.rules.scenario.ScenarioResult;
import dev.collections.rules.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.definition.KiePackage;

/**
 * Everything an analyst's rules directory must pass, in one place for the validate command, the reload gate and
 * the test suite: it compiles, it has scenarios and every scenario holds (what a reload needs to go live); and
 * every rule is fired by some scenario, every rule is named by some scenario as one that must not fire (its
 * boundary case), every policy line of {@code policy-lines.txt} has a scenario, and no rule name or reason quotes
 * a number that belongs in parameters.drl (what validate and the build need as well). A rule marked {@code @firesForEveryAccount} (the selection step) needs no boundary case.
 */
public final class RulesCheck {
    /** Rule metadata for a rule with no case in which it must not fire. */
    public static final String FIRES_FOR_EVERY_ACCOUNT = "firesForEveryAccount";
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final ScenarioRunner runner;

    public RulesCheck(ZoneId defaultZone, int fireLimit) {
        this.runner = new ScenarioRunner(defaultZone, fireLimit);
    }

    /** What checking one directory found. */
    public record Report(RuleSet ruleSet, List<ScenarioResult> results, Set<String> unfiredRules,
                         Set<String> rulesWithoutBoundaryCase, Set<String> policyLinesWithoutScenario,
                         Set<String> quotedNumbers, List<String> problems) {

        /** Compiles, has scenarios, and every scenario holds: what a reload needs to go live. */
        public boolean activatable() {
            return ruleSet.isValid() && problems.isEmpty() && failures().isEmpty();
        }

        /** Activatable, and every rule and policy line exercised both ways: what validate and the build need. */
        public boolean passed() {
            return activatable() && warnings().isEmpty();
        }

        /** What keeps an activatable set from passing: gaps in the scenarios, not wrong decisions. */
        public List<String> warnings() {
            List<String> warnings = new ArrayList<>();
            unfiredRules.forEach(r -> warnings.add("no scenario fires rule \"" + r + "\""));
            rulesWithoutBoundaryCase.forEach(r -> warnings.add("no scenario names rule \"" + r
                    + "\" under notFired (its boundary case)"));
            policyLinesWithoutScenario.forEach(l -> warnings.add("no scenario covers policy line " + l));
            quotedNumbers.forEach(q -> warnings.add(q + ": use the parameter (parameters.drl) instead"));
            return warnings;
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
            return refused(ruleSet, List.of());
        }
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFiles.load(directory);
        } catch (RuntimeException e) {
            return refused(ruleSet, List.of("The scenarios could not be read: " + e.getMessage()));
        }
        if (scenarios.isEmpty()) {
            return refused(ruleSet, List.of("No scenarios under " + ScenarioFiles.DIRECTORY
                    + "/: a rule set goes live only when its scenarios pass"));
        }
        List<ScenarioResult> results = scenarios.stream().map(s -> runner.run(s, ruleSet)).toList();
        Set<String> fired = results.stream().flatMap(r -> r.firedRules().stream()).collect(Collectors.toSet());
        Set<String> namedNotFired = scenarios.stream().map(s -> s.expect().notFired()).filter(Objects::nonNull)
                .flatMap(List::stream).collect(Collectors.toSet());
        Set<String> everyAccount = firesForEveryAccount(ruleSet);
        Set<String> tagged = scenarios.stream().map(Scenario::policy).filter(Objects::nonNull)
                .flatMap(p -> Stream.of(p.split("[ ,]+"))).collect(Collectors.toSet());
        return new Report(ruleSet, results, rulesWhere(ruleSet, n -> !fired.contains(n)),
                rulesWhere(ruleSet, n -> !namedNotFired.contains(n) && !everyAccount.contains(n)),
                PolicyLines.of(directory).keySet().stream().filter(l -> !tagged.contains(l))
                        .collect(Collectors.toCollection(TreeSet::new)),
                QuotedNumbers.in(directory), List.of());
    }

    private static Report refused(RuleSet ruleSet, List<String> problems) {
        return new Report(ruleSet, List.of(), Set.of(), Set.of(), Set.of(), Set.of(), problems);
    }

    private static Set<String> rulesWhere(RuleSet ruleSet, java.util.function.Predicate<String> test) {
        return ruleSet.rules().stream().map(RuleSet.RuleInfo::name).filter(test)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> firesForEveryAccount(RuleSet ruleSet) {
        Set<String> names = new TreeSet<>();
        for (KiePackage pkg : ruleSet.kieBase().getKiePackages()) {
            pkg.getRules().stream().filter(r -> r.getMetaData().containsKey(FIRES_FOR_EVERY_ACCOUNT))
                    .forEach(r -> names.add(r.getName()));
        }
        return names;
    }
}
