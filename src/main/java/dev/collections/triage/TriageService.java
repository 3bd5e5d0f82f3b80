package dev.collections.triage;

import dev.collections.outcome.OutcomeConfig;
import dev.collections.rules.AssessmentConfig;
import dev.collections.rules.RulesConfig;
import dev.collections.common.Database;
import dev.collections.common.OwnedGauges;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.rules.ActiveRuleSet;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Starts triage runs in the service (scheduler and API) on one background thread, so assessments keep being served
 * while a run is on, and reads the runs back. A run's progress is its record, updated with every chunk.
 */
@ApplicationScoped
public class TriageService {
    private static final Logger LOG = Logger.getLogger(TriageService.class);
    private final DataSource database;
    private final ActiveRuleSet rules;
    private final TriageConfig config;
    private final TriageSettings settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triage-run");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    /** Runs submitted to this process's triage thread and not yet over. */
    private final AtomicInteger pending = new AtomicInteger();
    private final OwnedGauges gauges;
    private final MeterRegistry metrics;

    public TriageService(DataSource database, ActiveRuleSet rules, TriageConfig config, OutcomeConfig outcomes,
                         AssessmentConfig assessment, RulesConfig rulesConfig, MeterRegistry metrics) {
        this.database = database;
        this.rules = rules;
        this.config = config;
        this.settings = TriageSettings.of(config, outcomes, assessment, rulesConfig);
        this.metrics = metrics;
        this.gauges = new OwnedGauges(metrics)
                .add("collections.triage.running", "1 while a triage run is on in this instance", running::get)
                .add("collections.triage.accounts.processed", "Accounts the current run has decided", processed::get)
                .add("collections.triage.accounts.total", "Accounts the current run has to decide", total::get);
    }

    public TriageConfig config() {
        return config;
    }

    /**
     * Starts the run of {@code date} in the background, or joins it while other processes decide it, or resumes it;
     * answers with the run as it stands. A complete run is answered as it is. The active rule set must be valid.
     */
    public TriageRun start(LocalDate date, TriageRun.Trigger trigger) {
        return start(date, trigger, trigger.name());
    }

    /** As above, recording {@code startedBy}: the user who asked for it, or the trigger. */
    public TriageRun start(LocalDate date, TriageRun.Trigger trigger, String startedBy) {
        refuseFuture(date);
        rules.requireValid();
        Optional<TriageRun> existing = find(date);
        if (existing.isPresent() && existing.get().status() == TriageRun.Status.COMPLETED) {
            return existing.get();
        }
        submit(date, trigger, startedBy);
        return awaitRecord(date);
    }

    /**
     * A night is triaged on its date or later, never ahead: a completed date is not run again, so a run of a future
     * date would leave that night's real decisions months old.
     *
     * @throws ProblemException 422 for a date after today in the bank's zone, or more than a year back
     */
    public void refuseFuture(LocalDate date) {
        dev.collections.common.BusinessDates.past(new dev.collections.common.Violations(), "businessDate", date,
                LocalDate.now(config.timeZone())).throwIfAny();
    }

    /**
     * Joins every run another process started that is still running (the joiner's tick), when this process has no
     * run of its own to work on: it decides the slices left, and finishes the run if it decides the last one.
     */
    public void joinRunning() {
        if (pending.get() > 0 || rules.current() == null || !rules.current().isValid()) {
            return;
        }
        read(c -> TriageRuns.latest(c, 7)).stream().filter(r -> r.status() == TriageRun.Status.RUNNING)
                .forEach(r -> submit(r.businessDate(), TriageRun.Trigger.SCHEDULER, "join"));
    }

    private void submit(LocalDate date, TriageRun.Trigger trigger, String startedBy) {
        var ruleSet = rules.requireValid();
        var challenger = rules.challenger();
        pending.incrementAndGet();
        executor.submit(() -> {
            running.set(1);
            try {
                var result = new TriageRunner(database, settings).run(date, ruleSet, challenger, trigger, startedBy,
                        (run, n) -> {
                    processed.set(n);
                    total.set(run.total());
                });
                result.outcomes().forEach((key, count) -> metrics.counter("collections.outcomes",
                        "horizon", key.substring(0, key.indexOf(':')), "result", key.substring(key.indexOf(':') + 1))
                        .increment(count));
            } catch (RuntimeException e) {
                LOG.errorf("triage %s stopped: %s", date, e.getMessage());
            } finally {
                running.set(0);
                pending.decrementAndGet();
            }
        });
    }

    /** The run record appears within moments of the start (the claim counts the accounts due first). */
    private TriageRun awaitRecord(LocalDate date) {
        for (int i = 0; i < 100; i++) {
            Optional<TriageRun> run = find(date);
            if (run.isPresent() && run.get().status() != TriageRun.Status.FAILED) {
                return run.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return find(date).orElseThrow(() -> new ProblemException(ProblemType.INTERNAL_ERROR,
                "The triage of " + date + " did not start; see the service log"));
    }

    public Optional<TriageRun> find(LocalDate date) {
        return read(c -> TriageRuns.find(c, date));
    }

    public List<TriageRun> latest(int limit) {
        return read(c -> TriageRuns.latest(c, limit));
    }

    /** The files a run writes into its output folder. */
    public static final java.util.Set<String> FILES = java.util.Set.of("sms.csv", "calls.csv", "visits.csv",
            "legal.csv", "tasks.csv", "offers.csv", "held.csv", "errors.csv", "summary.json", "summary.html");

    /** One of a run's {@link #FILES}, when the run has written it. */
    public Optional<java.nio.file.Path> file(LocalDate date, String name) {
        if (!FILES.contains(name)) {
            return Optional.empty();
        }
        java.nio.file.Path file = config.outputDirectory().resolve(date.toString()).resolve(name);
        return java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** One of a run's files for a collection agency ({@code <agency>-placements.csv}, {@code <agency>-recalls.csv}). */
    public Optional<java.nio.file.Path> agencyFile(LocalDate date, String name) {
        if (name == null || !name.matches("[0-9]{1,18}-(placements|recalls)\\.csv")) {
            return Optional.empty();
        }
        java.nio.file.Path file = config.outputDirectory().resolve(date.toString()).resolve(AgencyFiles.DIRECTORY)
                .resolve(name);
        return java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public Optional<String> summary(LocalDate date) {
        return read(c -> TriageRuns.summary(c, date));
    }

    private <T> T read(Query<T> query) {
        try (Connection c = Database.open(database)) {
            return query.run(c);
        } catch (SQLException e) {
            throw new ProblemException(ProblemType.DATABASE_UNAVAILABLE, "The triage runs could not be read; retry");
        }
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        gauges.removeAll();
    }
}
