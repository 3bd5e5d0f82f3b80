package dev.collections.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.policy.ActionType;
import dev.collections.triage.ActionColours;
import dev.collections.triage.TriageRun;
import dev.collections.triage.TriageService;
import dev.collections.triage.TriageSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nightly triage as an operations manager reads it: runs with their progress and local times, and a completed
 * run's summary as bars that stay apart in grey-scale print (each action its own lightness and pattern, every bar
 * at least visible, its count written beside it), capacity and use, and the files to download.
 */
@ApplicationScoped
public class TriageViews {
    /** A pattern over the colour where two neighbours' greys are closest. */
    private static final Map<String, String> PATTERNS = Map.of("NONE", "none", "SMS", "dots",
            "HOME_VISIT", "none", "CALL", "hatch", "LEGAL_ACTION", "none");
    private static final int BAR = 420;
    private final TriageService triage;
    private final ObjectMapper json;
    private final ConsoleTime time;

    public TriageViews(TriageService triage, ObjectMapper json, ConsoleTime time) {
        this.triage = triage;
        this.json = json;
        this.time = time;
    }

    /** A run as a row: local times, progress in percent. */
    public record Run(LocalDate date, String status, String startedBy, String startedAt, String finishedAt,
                      int processed, int total, int errors, int percent) {
    }

    /** One bar: the action, its count, its width in pixels (at least 2 when not zero), colour and pattern. */
    public record Bar(String action, int count, int y, int width, String colour, String pattern) {
    }

    /** A team's day with the share of its capacity it worked (null: no limit). */
    public record Team(TriageSummary.Capacity capacity, java.math.BigDecimal usePercent) {
    }

    public record Summary(TriageSummary summary, List<Bar> bars, int height, List<String> files, List<Team> teams) {
    }

    public List<Run> latest(int limit) {
        return triage.latest(limit).stream().map(this::row).toList();
    }

    public Optional<Run> find(LocalDate date) {
        return triage.find(date).map(this::row);
    }

    public Optional<Summary> summary(LocalDate date) {
        return triage.summary(date).map(text -> {
            TriageSummary s;
            try {
                s = json.readValue(text, TriageSummary.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the stored summary of " + date + " cannot be read", e);
            }
            int max = Math.max(1, s.actions().values().stream().mapToInt(Integer::intValue).max().orElse(1));
            List<Bar> bars = new ArrayList<>();
            for (ActionType a : ActionType.values()) {
                int n = s.actions().getOrDefault(a.name(), 0);
                int width = n == 0 ? 0 : Math.max(2, (int) ((long) n * BAR / max));
                bars.add(new Bar(a.name(), n, bars.size() * 30, width, ActionColours.of(a), PATTERNS.get(a.name())));
            }
            List<String> files = TriageService.FILES.stream().filter(f -> f.endsWith(".csv"))
                    .filter(f -> triage.file(date, f).isPresent()).sorted().toList();
            List<Team> teams = s.capacity().stream().map(c -> new Team(c, c.capacity() == null || c.capacity() == 0
                    ? null : java.math.BigDecimal.valueOf(c.assigned() * 100L).divide(java.math.BigDecimal.valueOf(c.capacity()),
                    1, java.math.RoundingMode.HALF_UP))).toList();
            return new Summary(s, bars, bars.size() * 30, files, teams);
        });
    }

    public Optional<java.nio.file.Path> file(LocalDate date, String name) {
        return triage.file(date, name);
    }

    public TriageRun start(LocalDate date, String user) {
        return triage.start(date, TriageRun.Trigger.CONSOLE, user);
    }

    public java.time.ZoneId zone() {
        return time.zone();
    }

    public LocalDate today() {
        return LocalDate.now(triage.config().timeZone());
    }

    private Run row(TriageRun r) {
        int percent = r.total() == 0 ? (r.status() == TriageRun.Status.COMPLETED ? 100 : 0)
                : (int) ((long) r.processed() * 100 / r.total());
        return new Run(r.businessDate(), r.status().name(), r.startedByUser() != null ? r.startedByUser()
                : r.startedBy(), time.of(r.startedAt()), time.of(r.finishedAt()), r.processed(), r.total(),
                r.errors(), percent);
    }
}
