package dev.collections.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.collections.account.PortfolioCursor;
import dev.collections.common.Database;
import dev.collections.common.JsonSettings;
import dev.collections.common.SqlDialect;
import dev.collections.outcome.ObservedRates;
import dev.collections.outcome.OutcomeParts;
import dev.collections.outcome.Outcomes;
import dev.collections.policy.RollRates;
import dev.collections.rules.CapacityTable;
import dev.collections.rules.Challenger;
import dev.collections.rules.RuleSet;
import dev.collections.score.LiveScore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs the triage of one business date, alone or with the other processes of a cluster: starts, joins or resumes
 * the run, decides its slices until none is left to claim ({@link SliceWork}), and the process that sees every
 * slice done writes the work lists and the summary and completes the run, once. Killed at any point, the slice it
 * held is resumed after its checkpoint (by another process, or the next start): chunks are committed with the
 * checkpoint, so none is done twice.
 */
public final class TriageRunner {
    private static final Logger LOG = Logger.getLogger(TriageRunner.class);
    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";
    private final DataSource database;
    private final TriageSettings settings;

    public TriageRunner(DataSource database, TriageSettings settings) {
        this.database = database;
        this.settings = settings;
    }

    /** Triages {@code date} with {@code rules}, each account as of the start of that date in its own zone. */
    public Result run(LocalDate date, RuleSet rules, TriageRun.Trigger trigger, TriageProgress progress) {
        return run(date, rules, trigger, trigger.name(), progress);
    }

    /**
     * As above, recording {@code startedBy} (the user, or the trigger). The roll rates the priority rules read are
     * observed once, before the first account; the teams' capacity is the rule set's capacity.csv under the
     * operators' overrides of the date.
     */
    public Result run(LocalDate date, RuleSet rules, TriageRun.Trigger trigger, String startedBy,
                      TriageProgress progress) {
        return run(date, rules, null, trigger, startedBy, progress);
    }

    /**
     * As above, with the running experiment's {@code challenger} deciding the accounts of its share (null: none).
     * A process joining or resuming a run decides with the run's rule set: {@code rules} when it is that version,
     * else that version compiled from the rule-set history.
     */
    public Result run(LocalDate date, RuleSet rules, Challenger challenger, TriageRun.Trigger trigger,
                      String startedBy, TriageProgress progress) {
        try (Connection c = Database.open(database)) {
            c.setAutoCommit(false);
            var claimed = claim(c, date, rules.version(), trigger, startedBy);
            if (claimed.run().status() == TriageRun.Status.COMPLETED) {
                return new Result(claimed.claim(), claimed.run(), Map.of(), 0);
            }
            RuleSet runRules = RunRules.of(c, claimed.run().rulesetVersion(), rules);
            if (claimed.claim() == TriageRun.Claim.STARTED) {
                // before anything is decided: an agency ended (its contract lapsed) or suspended (AG6) tonight has
                // its accounts recalled tonight (AG4)
                AgencyConductCheck.endLapsedContracts(c, date)
                        .forEach(a -> LOG.infof("triage %s: agency %d ended (contract lapsed)", date, a));
                AgencyConductCheck.suspendOverLimit(c, date, runRules, settings.fireLimit())
                        .forEach(s -> LOG.infof("triage %s: agency %d suspended (%d complaints, %d accounts placed)",
                                date, s.getAgencyId(), s.getComplaints(), s.getPlacedAccounts()));
            }
            RollRates rates = ObservedRates.before(c, date, settings.outcomeHorizons().get(0),
                    settings.rollRateWindowDays());
            CapacityPlan plan = CapacityOverrides.plan(c, date, runRules.capacity());
            // the model live when the run started: every process of the night scores with the same one
            LiveScore score = LiveScore.at(c, claimed.run().startedAt());
            LiveScore challengerScore = LiveScore.of(c, challenger == null ? null : challenger.scoreModel());
            c.commit();
            return carry(c, claimed, new TriageEvaluator(runRules, settings.defaultZone(), settings.fireLimit(), date,
                    rates, challenger, score, challengerScore), plan, progress);
        } catch (SQLException e) {
            throw new TriageException("The triage of " + date + " could not use the database", e);
        }
    }

    /** Triages {@code date} with {@code decider} whatever the run's version, with no capacity (tests, benchmark). */
    public Result run(LocalDate date, TriageDecider decider, TriageRun.Trigger trigger, TriageProgress progress) {
        try (Connection c = Database.open(database)) {
            c.setAutoCommit(false);
            var claimed = claim(c, date, decider.version(), trigger, trigger.name());
            if (claimed.run().status() == TriageRun.Status.COMPLETED) {
                return new Result(claimed.claim(), claimed.run(), Map.of(), 0);
            }
            return carry(c, claimed, decider, new CapacityPlan(date, CapacityTable.UNLIMITED, Map.of()), progress);
        } catch (SQLException e) {
            throw new TriageException("The triage of " + date + " could not use the database", e);
        }
    }

    /**
     * Claims the run; when another process inserted it first (the nightly trigger fires on every replica at once),
     * claims it again as it now stands, joining it.
     */
    private TriageRuns.Claimed claim(Connection c, LocalDate date, String version, TriageRun.Trigger trigger,
                                     String startedBy) throws SQLException {
        try {
            return TriageRuns.claim(c, date, version, trigger, startedBy, settings,
                    () -> PortfolioCursor.countDue(c));
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback();
            return TriageRuns.claim(c, date, version, trigger, startedBy, settings,
                    () -> PortfolioCursor.countDue(c));
        }
    }

    /**
     * Decides slices of the run until none is left to claim, then finishes the run if every slice is done and no
     * other process is finishing it. A failure fails the run (resumable) and gives this process's slice back.
     */
    private Result carry(Connection c, TriageRuns.Claimed claimed, TriageDecider decider, CapacityPlan plan,
                         TriageProgress progress) throws SQLException {
        TriageRun run = claimed.run();
        LocalDate date = run.businessDate();
        LOG.infof("triage %s: %s with rules %s, %d accounts, %d done", date, claimed.claim(), run.rulesetVersion(),
                run.total(), run.processed());
        int decided;
        boolean finished = false;
        try {
            decided = new SliceWork(database, settings, decider).decide(c, run, progress);
            if (TriageRuns.finishing(c, date)) {
                finish(c, date, plan, decider);
                finished = true;
            }
        } catch (RuntimeException | SQLException | IOException e) {
            c.rollback();
            TriageRuns.fail(c, date, e.getMessage());
            LOG.errorf("triage %s failed and can be resumed: %s", date, e.getMessage());
            throw e instanceof TriageException t ? t : new TriageException("The triage of " + date + " failed", e);
        }
        LOG.infof("triage %s: %d accounts decided here%s", date, decided, finished ? "; the run is complete" : "");
        TriageRun now = TriageRuns.find(c, date).orElseThrow();
        c.commit();
        TriageRun.Claim claim = claimed.claim() == TriageRun.Claim.JOINED && decided == 0 && !finished
                ? TriageRun.Claim.RUNNING_ELSEWHERE : claimed.claim();
        return new Result(claim, now, finished ? outcomes(c, date) : Map.of(), decided);
    }

    /** Allocates each team's capacity, writes the lists and the summary, and completes the run. */
    private void finish(Connection c, LocalDate date, CapacityPlan plan, TriageDecider decider)
            throws SQLException, IOException {
        var previousRun = TriageRuns.previousCompleted(c, date);
        long exporting = System.nanoTime();
        TriageSummary.Counter counter;
        List<Allocation.Use> uses;
        double allocationSeconds;
        try (Connection writer = Database.open(database)) {
            writer.setAutoCommit(false);
            var allocation = new Allocation(SqlDialect.of(c), writer, date, plan, previousRun.orElse(null),
                    settings.fetchSize(), AgencyDesk.open(c, date, settings.agencyRandomShare()));
            counter = TriageExports.write(c, date, settings.outputDirectory().resolve(date.toString()),
                    settings.fetchSize(), allocation, new ListReasons(decider, settings.language()));
            allocation.close();
            uses = allocation.uses();
            allocationSeconds = allocation.seconds();
        }
        TriageRun run = TriageRuns.find(c, date).orElseThrow();
        var previous = TriageRuns.previousSummary(c, date).map(TriageRunner::parse).orElse(null);
        var summary = new TriageSummary(date, run.rulesetVersion(), run.startedAt(), OffsetDateTime.now(ZoneOffset.UTC),
                counter.accounts, counter.errors, counter.actions, counter.actionsByStage, counter.holdsByReason,
                counter.offers, counter.tasks, counter.creditReport, counter.files,
                previous == null ? null : previous.businessDate(), previous == null ? Map.of() : previous.actions(),
                uses.stream().map(u -> new TriageSummary.Capacity(u.channel().name(),
                        u.region().isEmpty() ? null : u.region(), u.capacity(), u.demand(), u.assigned(), u.overflow(),
                        u.priorityDemanded(), u.priorityCovered())).toList(), counter.steppedDown,
                Math.round(allocationSeconds * 10) / 10.0,
                Math.round((System.nanoTime() - exporting) / 1e9 * 10 - allocationSeconds * 10) / 10.0);
        TriageSummaries.write(summary, settings.outputDirectory().resolve(date.toString()));
        TriageRuns.complete(c, date, TriageSummaries.json(summary));
        LOG.infof("triage %s completed: %d accounts, %d errors", date, counter.accounts, counter.errors);
    }

    /**
     * After a completed run, the outcomes of earlier decisions that reached their horizon, stored and counted by
     * horizon and result. A failure here leaves the run complete; the next run computes them.
     */
    private Map<String, Integer> outcomes(Connection c, LocalDate date) {
        try {
            OffsetDateTime computing = OffsetDateTime.now(ZoneOffset.UTC);
            int outcomes = Outcomes.compute(c, OutcomeParts.forWorkers(database, settings.workers()),
                    settings.outcomeHorizons(), settings.businessZone());
            LOG.infof("triage %s: %d decision outcomes reached their horizon", date, outcomes);
            return outcomes == 0 ? Map.of() : Outcomes.countedSince(c, computing);
        } catch (SQLException e) {
            LOG.errorf("triage %s: the outcomes could not be computed (the next run will): %s", date, e.getMessage());
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next
            }
            return Map.of();
        }
    }

    static TriageSummary parse(String json) {
        try {
            return JsonSettings.newMapper().readValue(json, TriageSummary.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * What a start did, the run as it stands after it, the outcomes of earlier decisions it stored, by horizon and
     * result ("30:CURED"), and how many accounts this process decided.
     */
    public record Result(TriageRun.Claim claim, TriageRun run, Map<String, Integer> outcomes, int decidedHere) {
    }
}
