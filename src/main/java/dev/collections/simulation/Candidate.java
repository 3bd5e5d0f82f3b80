package dev.collections.simulation;

import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import dev.collections.common.Violations;
import dev.collections.rules.CandidateRuleSets;
import dev.collections.rules.CapacityTable;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.rules.Challenger;
import dev.collections.rules.RuleSet;
import java.util.function.Function;

/**
 * The side a simulation compares with the live rules: a candidate rule set for every account, or an experiment
 * (its challenger on the accounts of its share, the live rules on the others, the live teams' capacity).
 */
public record Candidate(String version, CapacityTable capacity, Function<String, RuleSet> rulesFor) {

    public static Candidate of(RuleSet candidate) {
        return new Candidate(candidate.version(), candidate.capacity(), accountId -> candidate);
    }

    /**
     * The candidate rule set {@code name} of the candidates directory, compiled.
     *
     * @throws ProblemException 422 when it is not one of the candidates listed (the same answer whether or not a
     *                          folder of that name exists elsewhere) or does not compile (each error a violation)
     */
    public static RuleSet compiled(CandidateRuleSets candidates, String name) {
        java.nio.file.Path dir = candidates.directory(name).orElse(null);
        new Violations().check(dir != null, "candidateDirectory", CandidateRuleSets.REFUSAL).throwIfAny();
        RuleSet candidate = new RuleSetCompiler().compile(dir);
        if (!candidate.isValid()) {
            throw ProblemException.validation(candidate.errors().stream().map(e -> new Problem.Violation(
                    "candidateDirectory", e.file() + ":" + e.line() + " " + e.message())).toList());
        }
        return candidate;
    }

    /** The portfolio as the experiment decides it, whatever the simulated date: the split, not the dates. */
    public static Candidate experiment(RuleSet live, Challenger challenger) {
        return new Candidate("experiment " + challenger.experiment() + ": " + challenger.ruleSet().version() + " on "
                + java.math.BigDecimal.valueOf(challenger.shareBasisPoints(), 2) + "%", live.capacity(),
                accountId -> challenger.rulesFor(challenger.armOf(accountId), live));
    }
}
