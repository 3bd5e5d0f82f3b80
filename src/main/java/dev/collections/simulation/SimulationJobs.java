package dev.collections.simulation;

import dev.collections.account.AccountHistory;
import dev.collections.account.AccountRecord;
import dev.collections.account.Behaviour;
import dev.collections.account.RecordedFacts;
import dev.collections.common.Database;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import dev.collections.policy.RollRates;
import dev.collections.policy.Score;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.AssessmentConfig;
import dev.collections.rules.Assessor;
import dev.collections.rules.RuleSet;
import dev.collections.score.LiveScore;
import dev.collections.score.ScoreFollower;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Simulations run in the background, one at a time, for the console: each with its progress while it runs and
 * its report when done; a sample account of a cell decided again by both sides, side by side. The last few are
 * kept in memory (a simulation is a question asked now, not a record).
 */
@ApplicationScoped
public class SimulationJobs {
    private static final Logger LOG = Logger.getLogger(SimulationJobs.class);
    private static final int KEPT = 10;
    private static final int SAMPLES = 10;
    private final DataSource database;
    private final ActiveRuleSet active;
    private final AssessmentConfig config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "simulation"));
    private final AtomicLong ids = new AtomicLong();
    private final List<Job> jobs = new ArrayList<>();
    private final ScoreFollower scores;

    public SimulationJobs(DataSource database, ActiveRuleSet active, AssessmentConfig config, ScoreFollower scores) {
        this.scores = scores;
        this.database = database;
        this.active = active;
        this.config = config;
    }

    public enum State { WAITING, RUNNING, DONE, FAILED }

    /** One simulation: what it compares, by whom, how far it got, and its report when done. */
    public static final class Job {
        public final long id;
        public final String candidateLabel;
        public final String user;
        public final OffsetDateTime asOf;
        public final Instant submittedAt = Instant.now();
        final RuleSet live;
        final Candidate candidate;
        final AtomicInteger processed = new AtomicInteger();
        volatile int total;
        volatile State state = State.WAITING;
        volatile SimulationReport report;
        volatile Instant finishedAt;

        Job(long id, String candidateLabel, String user, OffsetDateTime asOf, RuleSet live, Candidate candidate) {
            this.id = id;
            this.candidateLabel = candidateLabel;
            this.user = user;
            this.asOf = asOf;
            this.live = live;
            this.candidate = candidate;
        }

        public State state() { return state; }
        public int processed() { return processed.get(); }
        public int total() { return total; }
        public int percent() { return total == 0 ? (state == State.DONE ? 100 : 0) : processed() * 100 / total; }
        public SimulationReport report() { return report; }
        public Instant finishedAt() { return finishedAt; }
    }

    /** Queues a comparison of {@code candidate} with {@code live} over the stored portfolio as of {@code asOf}. */
    public Job start(String label, RuleSet live, Candidate candidate, OffsetDateTime asOf, String user) {
        Job job = new Job(ids.incrementAndGet(), label, user, asOf, live, candidate);
        synchronized (jobs) {
            jobs.add(0, job);
            if (jobs.size() > KEPT) {
                jobs.remove(jobs.size() - 1);
            }
        }
        executor.submit(() -> run(job));
        return job;
    }

    public Optional<Job> find(long id) {
        synchronized (jobs) {
            return jobs.stream().filter(j -> j.id == id).findFirst();
        }
    }

    public List<Job> recent() {
        synchronized (jobs) {
            return List.copyOf(jobs);
        }
    }

    /** The account as each side decides it, from its record as it stands, as of the simulation's moment. */
    public record Sample(String accountId, Assessment live, Assessment candidate) {
    }

    /** As {@link #sample(Job, String)}, each decision's reason said in {@code language}. */
    public Optional<Sample> sample(Job job, String accountId, java.util.Locale language) {
        var candidate = job.candidate.rulesFor().apply(accountId);
        return sample(job, accountId).map(s -> new Sample(accountId,
                dev.collections.rules.DecisionLanguage.said(s.live(), job.live.texts(), language),
                dev.collections.rules.DecisionLanguage.said(s.candidate(), candidate.texts(), language)));
    }

    /** The account from its record, scored by the live model as the simulation scored it (none live: no score). */
    public Optional<Sample> sample(Job job, String accountId) {
        LiveScore live = scores.current();
        LocalDate day = job.asOf.toLocalDate();
        Optional<Scored> record = QuarkusTransaction.requiringNew().call(() -> AccountRecord.stored(accountId)
                .map(a -> {
                    var history = AccountHistory.load(accountId, dev.collections.model.FactsValidator.MAX_CONTACTS);
                    return new Scored(RecordedFacts.of(a, history).withAsOf(job.asOf), live.live()
                            ? live.score(Behaviour.load(accountId, day), history, day) : null);
                }));
        Assessor assessor = new Assessor(Clock.systemUTC(), config.defaultTimezone(), active.fireLimit());
        return record.map(r -> new Sample(accountId, assessor.assess(r.facts(), job.live, RollRates.NONE, r.score()),
                assessor.assess(r.facts(), job.candidate.rulesFor().apply(accountId), RollRates.NONE, r.score())));
    }

    private record Scored(AccountFacts facts, Score score) {
    }

    private void run(Job job) {
        job.state = State.RUNNING;
        try (var portfolio = new StoredPortfolio(database, job.asOf)) {
            job.total = accounts();
            Iterator<Simulator.PortfolioRow> counted = new Iterator<>() {
                public boolean hasNext() { return portfolio.hasNext(); }
                public Simulator.PortfolioRow next() {
                    job.processed.incrementAndGet();
                    return portfolio.next();
                }
            };
            job.report = new Simulator(config.defaultTimezone(), active.fireLimit(), SAMPLES).run(job.live,
                    job.candidate, counted, job.asOf);
            job.state = State.DONE;
        } catch (SQLException | RuntimeException e) {
            LOG.errorf("simulation %d failed: %s", job.id, e.getClass().getSimpleName());
            job.state = State.FAILED;
        } finally {
            job.finishedAt = Instant.now();
        }
    }

    private int accounts() throws SQLException {
        try (Connection c = Database.open(database)) {
            return dev.collections.account.PortfolioQueries.countAll(c);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
