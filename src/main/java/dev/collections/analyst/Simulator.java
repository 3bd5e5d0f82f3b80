package dev.collections.analyst;

import dev.collections.assessment.AssessmentRequest;
import dev.collections.assessment.AssessmentResponse;
import dev.collections.assessment.Assessor;
import dev.collections.common.ProblemException;
import dev.collections.rules.RuleEvaluationException;
import dev.collections.rules.RuleSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every account of a portfolio through the live and the candidate rule sets, as of one moment. The portfolio
 * is read in chunks on the caller's thread, the chunks are decided on {@code workers} threads, and the report is
 * built in portfolio order, so it is the same whatever the number of threads. At most {@code 2 × workers} chunks
 * are in memory at once.
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
        var report = SimulationReport.builder(active.version(), candidate.version(), asOf, samplesPerCell);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "simulation");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<Outcome>>> inFlight = new ArrayDeque<>();
        try {
            while (portfolio.hasNext()) {
                List<PortfolioRow> chunk = new ArrayList<>(CHUNK);
                while (portfolio.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(portfolio.next());
                }
                inFlight.add(pool.submit(() -> decide(chunk, active, candidate, asOf)));
                if (inFlight.size() >= 2 * workers) {
                    addTo(report, inFlight.poll());
                }
            }
            while (!inFlight.isEmpty()) {
                addTo(report, inFlight.poll());
            }
        } finally {
            pool.shutdownNow();
        }
        return report.build();
    }

    private List<Outcome> decide(List<PortfolioRow> chunk, RuleSet active, RuleSet candidate, OffsetDateTime asOf) {
        List<Outcome> outcomes = new ArrayList<>(chunk.size());
        for (PortfolioRow row : chunk) {
            if (row.rejected() != null) {
                outcomes.add(Outcome.rejected(row.rejected()));
                continue;
            }
            AssessmentRequest facts = row.facts().withAsOf(asOf);
            try {
                outcomes.add(new Outcome(facts.accountId(), assessor.assess(facts, active),
                        assessor.assess(facts, candidate), null));
            } catch (ProblemException e) {
                outcomes.add(Outcome.rejected(row.where() + ": " + e.problem().detail() + " "
                        + e.problem().violations()));
            } catch (RuleEvaluationException e) {
                outcomes.add(Outcome.rejected(row.where() + ": account " + facts.accountId() + ": " + e.getMessage()));
            }
        }
        return outcomes;
    }

    private static void addTo(SimulationReport.Builder report, Future<List<Outcome>> chunk) {
        try {
            for (Outcome o : chunk.get()) {
                if (o.rejected() != null) {
                    report.reject(o.rejected());
                } else {
                    report.add(o.accountId(), o.live(), o.candidate());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The simulation was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private record Outcome(String accountId, AssessmentResponse live, AssessmentResponse candidate, String rejected) {
        static Outcome rejected(String reason) {
            return new Outcome(null, null, null, reason);
        }
    }

    /** One account of the portfolio, or why its line could not be read. */
    public record PortfolioRow(String where, AssessmentRequest facts, String rejected) {
        public static PortfolioRow of(String where, AssessmentRequest facts) {
            return new PortfolioRow(where, facts, null);
        }

        public static PortfolioRow rejected(String where, String reason) {
            return new PortfolioRow(where, null, where + ": " + reason);
        }
    }
}
