package dev.collections.triage;

import dev.collections.common.Database;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.collections.common.JsonSettings;
import dev.collections.rules.RuleSet;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs the triage of one business date: claims the run (or resumes it after its checkpoint), streams the accounts
 * due through the rules in a pipeline, writes the work lists and the summary, and completes the run. Killed at
 * any point, the next start resumes it: chunks are committed with the checkpoint, so none is done twice.
 */
public final class TriageRunner {
    private static final Logger LOG = Logger.getLogger(TriageRunner.class);
    private final DataSource database;
    private final TriageSettings settings;

    public TriageRunner(DataSource database, TriageSettings settings) {
        this.database = database;
        this.settings = settings;
    }

    /** Triages {@code date} with {@code rules}, each account as of the start of that date in its own zone. */
    public Result run(LocalDate date, RuleSet rules, TriageRun.Trigger trigger, TriageProgress progress) {
        return run(date, new TriageEvaluator(rules, settings.defaultZone(), settings.fireLimit(), date), trigger,
                progress);
    }

    public Result run(LocalDate date, TriageDecider decider, TriageRun.Trigger trigger, TriageProgress progress) {
        try (Connection c = Database.open(database)) {
            c.setAutoCommit(false);
            SqlDialect dialect = SqlDialect.of(c);
            var claimed = TriageRuns.claim(c, date, decider.version(), trigger, settings.lease(),
                    () -> PortfolioCursor.countDue(c));
            if (claimed.claim() == TriageRun.Claim.ALREADY_COMPLETED
                    || claimed.claim() == TriageRun.Claim.RUNNING_ELSEWHERE) {
                return new Result(claimed.claim(), claimed.run());
            }
            LOG.infof("triage %s: %s with rules %s, %d accounts, from %s", date, claimed.claim(), decider.version(),
                    claimed.run().total(), claimed.run().checkpoint() == null ? "the start" : "after the checkpoint");
            try {
                new TriagePipeline(database, dialect, settings, decider).run(c, claimed.run(), progress);
                finish(c, date);
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                TriageRuns.fail(c, date, e.getMessage());
                LOG.errorf("triage %s failed and can be resumed: %s", date, e.getMessage());
                throw e instanceof TriageException t ? t : new TriageException("The triage of " + date + " failed", e);
            }
            return new Result(claimed.claim(), TriageRuns.find(c, date).orElseThrow());
        } catch (SQLException e) {
            throw new TriageException("The triage of " + date + " could not use the database", e);
        }
    }

    private void finish(Connection c, LocalDate date) throws SQLException, IOException {
        var counter = TriageExports.write(c, date, settings.outputDirectory().resolve(date.toString()),
                settings.fetchSize());
        c.commit();
        TriageRun run = TriageRuns.find(c, date).orElseThrow();
        var previous = TriageRuns.previousSummary(c, date).map(TriageRunner::parse).orElse(null);
        var summary = new TriageSummary(date, run.rulesetVersion(), run.startedAt(), OffsetDateTime.now(ZoneOffset.UTC),
                counter.accounts, counter.errors, counter.actions, counter.actionsByStage, counter.holdsByReason,
                counter.offers, counter.tasks, counter.creditReport, counter.files,
                previous == null ? null : previous.businessDate(), previous == null ? Map.of() : previous.actions());
        TriageSummaries.write(summary, settings.outputDirectory().resolve(date.toString()));
        TriageRuns.complete(c, date, TriageSummaries.json(summary));
        LOG.infof("triage %s completed: %d accounts, %d errors", date, counter.accounts, counter.errors);
    }

    static TriageSummary parse(String json) {
        try {
            return JsonSettings.newMapper().readValue(json, TriageSummary.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** What a start did, and the run as it stands after it. */
    public record Result(TriageRun.Claim claim, TriageRun run) {
    }
}
