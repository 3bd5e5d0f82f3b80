package dev.collections.simulation;

import dev.collections.rules.CapacityTable;
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

    /** The portfolio as the experiment decides it, whatever the simulated date: the split, not the dates. */
    public static Candidate experiment(RuleSet live, Challenger challenger) {
        return new Candidate("experiment " + challenger.experiment() + ": " + challenger.ruleSet().version() + " on "
                + java.math.BigDecimal.valueOf(challenger.shareBasisPoints(), 2) + "%", live.capacity(),
                accountId -> challenger.rulesFor(challenger.armOf(accountId), live));
    }
}
