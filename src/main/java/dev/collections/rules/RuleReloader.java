package dev.collections.rules;

import dev.collections.common.OwnedGauges;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads the rules directory off the request path, checks it (compiles, every scenario passes), records it in the
 * rule-set history and only then swaps it in. A refused candidate leaves the live set serving. One reload at a
 * time.
 */
@ApplicationScoped
public class RuleReloader {
    private static final Logger LOG = Logger.getLogger(RuleReloader.class);
    private static final String STARTUP = "startup";
    private static final String CLUSTER = "cluster";

    private final ActiveRuleSet active;
    private final RulesCheck check;
    private final RuleSetHistory history;
    private final ClusterRuleSet cluster;
    /** Whether this process is one replica of several (it follows the cluster's live set). */
    private final boolean following;
    private final MeterRegistry metrics;
    private final OwnedGauges gauges;
    private volatile String lastFingerprint;

    public RuleReloader(ActiveRuleSet active, AssessmentConfig assessment, RuleSetHistory history,
                        RulesConfig config, MeterRegistry metrics) {
        this.following = !config.followInterval().isZero() && !config.followInterval().isNegative();
        this.active = active;
        this.check = new RulesCheck(assessment.defaultTimezone(), active.fireLimit());
        this.history = history;
        this.cluster = new ClusterRuleSet(active, history);
        this.metrics = metrics;
        this.gauges = new OwnedGauges(metrics).add("collections.rules.live", "1 while a checked rule set is live",
                () -> active.current() != null && active.current().isValid() ? 1 : 0);
    }

    @PreDestroy
    void removeGauges() {
        gauges.removeAll();
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        startup();
    }

    /**
     * At start-up a replica (following the cluster) serves the cluster's live set, the database's, whatever its
     * directory holds: empty, stale or edited while it was stopped; it says so and leaves the directory as it is (a
     * reload puts it live for all). A process alone (not following) loads its directory as always, and falls back
     * on the database's live set only when the directory holds no set that passes its checks. Without a kept set in
     * the database (a new cluster) the directory is loaded as always.
     */
    synchronized Reload startup() {
        Reload local = attempt(STARTUP, true);
        metrics.counter("collections.rules.reloads", "outcome", local.outcome().name(), "trigger", STARTUP).increment();
        return local;
    }

    /**
     * Follows the cluster: when the database's live set is not the one serving here (another replica reloaded,
     * rolled back or promoted), it is compiled from its kept files and put live here, and the rules directory is
     * made to hold its files (a later reload of the directory is then unchanged, not a step back).
     */
    public synchronized Reload follow() {
        Optional<String> latest = history.latestKept();
        RuleSet live = active.current();
        if (latest.isEmpty() || live != null && live.isValid() && live.version().equals(latest.get())) {
            return null;
        }
        Reload adopted = cluster.adopt(latest.get(), CLUSTER, List.of(), true);
        if (adopted != null) {
            lastFingerprint = DirectoryFingerprint.of(active.directory());
        }
        return adopted;
    }

    /** The fingerprint of the directory as the last attempt read it. */
    String lastFingerprint() {
        return lastFingerprint;
    }

    public synchronized Reload reload(String trigger) {
        Reload reload = attempt(trigger);
        metrics.counter("collections.rules.reloads", "outcome", reload.outcome().name(), "trigger", trigger).increment();
        return reload;
    }

    /** What putting another directory's files live did, and the live files it replaced. */
    public record Replacement(Reload reload, Map<String, String> replaced) {
    }

    /**
     * Makes {@code files} the content of the live rules directory and reloads it through the gate; when the gate
     * refuses them, the replaced files are written back and reloaded, so the live set is as before. No other
     * reload (watcher, endpoint) runs in between.
     */
    public synchronized Replacement replace(Map<String, String> files, String trigger) {
        var directory = active.directory();
        Map<String, String> before = FrozenRules.read(directory);
        FrozenRules.replace(directory, files);
        Reload reload = reload(trigger);
        if (reload.outcome() == Reload.Outcome.REFUSED) {
            FrozenRules.replace(directory, before);
            Reload restored = reload(trigger + "-undone");
            LOG.warnf("Rules from %s refused; the files before it are back (%s)", trigger, restored.outcome());
        }
        return new Replacement(reload, before);
    }

    /**
     * Puts an earlier rule set live again: its files, as kept in the history, written into the rules directory
     * and reloaded through the gate (refused: the files before it are back).
     *
     * @throws ProblemException 404 when the history keeps no files of {@code version}
     */
    public synchronized Replacement rollback(String version) {
        Map<String, String> files = history.files(version).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "The history keeps no files of rule set " + version + " (GET /api/v1/rules"
                + "/history lists the rule sets that went live; those before the history kept files cannot be"
                + " rolled back to)"));
        return replace(files, "rollback");
    }

    private Reload attempt(String trigger) {
        return attempt(trigger, false);
    }

    private Reload attempt(String trigger, boolean startup) {
        var directory = active.directory();
        lastFingerprint = DirectoryFingerprint.of(directory);
        RulesCheck.Report report = check.check(directory);
        RuleSet candidate = report.ruleSet();
        if (startup) {
            Optional<String> latest = history.latestKept();
            boolean differs = !report.activatable() || following && !candidate.version().equals(latest.orElse(""));
            if (latest.isPresent() && differs) {
                Reload adopted = cluster.adopt(latest.get(), trigger, List.of("the rules directory " + directory + " holds "
                        + (report.activatable() ? candidate.version() : "no rule set that passes its checks")
                        + ", not the cluster's live " + latest.get() + ": POST /api/v1/rules/reload puts the"
                        + " directory live for every replica"), false);
                if (adopted != null) {
                    return adopted;
                }
            }
        }
        RuleSet live = active.current();
        String liveVersion = live != null && live.isValid() ? live.version() : null;
        if (!report.activatable()) {
            Reload refused = outcome(trigger, Reload.Outcome.REFUSED, report, liveVersion);
            active.refuse(new RuleSet(candidate.version(), candidate.directory(), candidate.compiledAt(),
                    candidate.files(), candidate.rules(), report.refusals(), null), refused);
            List<RuleSet.RuleError> reasons = report.refusals();
            LOG.warnf("Rules %s refused (%s), %d reasons, first %s; %s (GET /api/v1/rules has them all)",
                    candidate.version(), trigger, reasons.size(), reasons.subList(0, Math.min(3, reasons.size())),
                    liveVersion == null ? "no rule set is live" : liveVersion + " keeps serving");
            return refused;
        }
        if (candidate.version().equals(liveVersion)) {
            Reload same = outcome(trigger, Reload.Outcome.UNCHANGED, report, liveVersion);
            active.unchanged(same);
            return same;
        }
        record(candidate, trigger);
        Reload activated = outcome(trigger, Reload.Outcome.ACTIVATED, report, candidate.version());
        active.activate(candidate, activated);
        LOG.infof("Rules %s live (%s): %d files, %d rules, %d scenarios pass%s", candidate.version(), trigger,
                candidate.files().size(), candidate.rules().size(), report.results().size(),
                report.warnings().isEmpty() ? "" : "; gaps in the scenarios: " + report.warnings());
        return activated;
    }

    private void record(RuleSet ruleSet, String trigger) {
        Map<String, String> files;
        try {
            files = FrozenRules.read(active.directory());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            files = Map.of();
        }
        history.record(ruleSet, trigger, files);
    }

    private static Reload outcome(String trigger, Reload.Outcome outcome, RulesCheck.Report report,
                                  String activeVersion) {
        var ruleSet = report.ruleSet();
        var reasons = new java.util.ArrayList<>(ruleSet.errors());
        report.problems().forEach(p -> reasons.add(new RuleSet.RuleError(null, null, p)));
        return new Reload(trigger, Instant.now(), outcome, ruleSet.version(), activeVersion, reasons,
                report.failures().stream().map(f -> new Reload.FailingScenario(f.scenario().file(),
                        f.scenario().name(), f.differences())).toList(),
                report.unfiredRules(), report.warnings());
    }
}
