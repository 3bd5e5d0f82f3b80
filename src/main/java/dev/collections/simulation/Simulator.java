package dev.collections.simulation;


import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import dev.collections.policy.RollRates;
import dev.collections.policy.Score;
import dev.collections.rules.Assessor;
import dev.collections.common.ChunkedEvaluator;
import dev.collections.common.ProblemException;
import dev.collections.rules.RuleEvaluationException;
import dev.collections.rules.RuleSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Runs every account of a portfolio through the live and the candidate rule sets, as of one moment, on the shared
 * {@link ChunkedEvaluator} (the triage's): the report is built in portfolio order, so it is the same whatever the
 * number of threads, and only a bounded number of chunks is in memory at once.
 */
public final class Simulator {
    private static final int CHUNK = 1_000;
    private final Assessor assessor;
    private final int samplesPerCell;
    private final int workers;

    public Simulator(ZoneId defaultZone, int fireLimit, int samplesPerCell) {
        this(defaultZone, fireLimit, samplesPerCell, Runtime.getRuntime().availableProcessors());
    }

    public Simulator(ZoneId defaultZone, int fireLimit, int samplesPerCell, int workers) {
        this.assessor = new Assessor(Clock.systemUTC(), defaultZone, fireLimit);
        this.samplesPerCell = samplesPerCell;
        this.workers = Math.max(1, workers);
    }

    public SimulationReport run(RuleSet active, RuleSet candidate, Iterator<PortfolioRow> portfolio,
                                OffsetDateTime asOf) {
        return run(active, Candidate.of(candidate), portfolio, asOf);
    }

    /** As above, with a candidate that may decide each account with another rule set (an experiment). */
    public SimulationReport run(RuleSet active, Candidate candidate, Iterator<PortfolioRow> portfolio,
                                OffsetDateTime asOf) {
        var report = SimulationReport.builder(active, candidate, asOf, samplesPerCell);
        try {
            new ChunkedEvaluator<PortfolioRow, List<Compared>>("simulation", workers, CHUNK)
                    .run(portfolio, chunk -> decide(chunk, active, candidate, asOf), chunk -> addTo(report, chunk));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The simulation was interrupted", e);
        }
        return report.build();
    }

    private List<Compared> decide(List<PortfolioRow> chunk, RuleSet active, Candidate candidate,
                                  OffsetDateTime asOf) {
        List<Compared> outcomes = new ArrayList<>(chunk.size());
        for (PortfolioRow row : chunk) {
            if (row.rejected() != null) {
                outcomes.add(Compared.rejected(row.rejected()));
                continue;
            }
            AccountFacts facts = row.facts().withAsOf(asOf);
            try {
                // both sides see the score the live model gives the stored account (a file's rows have none)
                outcomes.add(new Compared(facts.accountId(), row.region(),
                        assessor.assess(facts, active, RollRates.NONE, row.score()),
                        assessor.assess(facts, candidate.rulesFor().apply(facts.accountId()), RollRates.NONE,
                                row.score()), null));
            } catch (ProblemException e) {
                outcomes.add(Compared.rejected(row.where() + ": account " + facts.accountId() + ": "
                        + (e.problem().violations() == null ? e.problem().detail() : e.problem().violations().stream()
                        .map(v -> v.field() + " " + v.message()).collect(java.util.stream.Collectors.joining("; ")))));
            } catch (RuleEvaluationException e) {
                outcomes.add(Compared.rejected(row.where() + ": account " + facts.accountId() + ": " + e.getMessage()));
            }
        }
        return outcomes;
    }

    private static void addTo(SimulationReport.Builder report, List<Compared> chunk) {
        for (Compared o : chunk) {
            if (o.rejected() != null) {
                report.reject(o.rejected());
            } else {
                report.add(o.accountId(), o.region(), o.live(), o.candidate());
            }
        }
    }

    private record Compared(String accountId, String region, Assessment live, Assessment candidate,
                            String rejected) {
        static Compared rejected(String reason) {
            return new Compared(null, null, null, null, reason);
        }
    }

    /** One account of the portfolio (with its district, for the visit teams' capacity), or why it was unreadable. */
    public record PortfolioRow(String where, AccountFacts facts, String region, String rejected, Score score) {
        public static PortfolioRow of(String where, AccountFacts facts) {
            return new PortfolioRow(where, facts, null, null, null);
        }

        public static PortfolioRow of(String where, AccountFacts facts, String region) {
            return new PortfolioRow(where, facts, region, null, null);
        }

        /** A stored account with its behavioural score by the live model (null: none is live). */
        public static PortfolioRow scored(String where, AccountFacts facts, String region, Score score) {
            return new PortfolioRow(where, facts, region, null, score);
        }

        public static PortfolioRow rejected(String where, String reason) {
            return new PortfolioRow(where, null, null, where + ": " + reason, null);
        }
    }
}
