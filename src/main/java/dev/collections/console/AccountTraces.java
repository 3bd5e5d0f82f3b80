package dev.collections.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.account.AccountRecord;
import dev.collections.decision.DecisionRecord;
import dev.collections.decision.TriageDecision;
import dev.collections.model.Assessment;
import dev.collections.rules.scenario.ScenarioWriter;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Why an account got its step, for a person: its record, and each recent decision as a trace (the rules that fired
 * in the engine's order, the chosen rung and its rule and reason, what was held back, offers, tasks, the credit
 * report, the experiment's arm, the capacity step-down), with times in the business zone. Reads a page of
 * decisions, never the portfolio.
 */
@ApplicationScoped
public class AccountTraces {
    public static final int PAGE = 20;
    private final ObjectMapper json;
    private final ConsoleTime time;
    private final FiredRuleNames firedNames;

    public AccountTraces(ObjectMapper json, ConsoleTime time, FiredRuleNames firedNames) {
        this.json = json;
        this.time = time;
        this.firedNames = firedNames;
    }

    public record Summary(String accountId, int daysPastDue, BigDecimal overdueAmount, BigDecimal outstandingBalance,
                          String region) {
    }

    /** One decision as a person reads it; lists are empty rather than absent. */
    public record Trace(String assessmentId, String decidedAt, String source, String version, String stage, String nextAction,
                        String rule, String reason, String notBefore, List<String> firedRules,
                        List<String> suppressed, List<String> offers, List<String> tasks, String creditReport,
                        Long experiment, String arm, String decidedAction, String capacityDenied) {
    }

    @Transactional
    public Optional<Summary> summary(String accountId) {
        return AccountRecord.<AccountRecord>findByIdOptional(accountId).map(a -> new Summary(a.accountId,
                a.daysPastDue, a.overdueAmount, a.outstandingBalance, a.region));
    }

    @Transactional
    public List<Trace> latest(String accountId) {
        List<Trace> traces = new ArrayList<>();
        for (var entry : DecisionRecord.everyDecision(accountId, 0, PAGE)) {
            traces.add(entry.assessmentId() != null
                    ? assessment(DecisionRecord.<DecisionRecord>findById(entry.assessmentId()))
                    : triage(DecisionRecord.triage(accountId, entry.triageDate())));
        }
        return traces;
    }

    /**
     * One recorded decision of the account as a scenario file (analysts put it in rules/scenarios/), or empty when
     * the account has no such decision.
     */
    @Transactional
    public Optional<String> scenario(String accountId, UUID assessmentId) {
        DecisionRecord d = DecisionRecord.findById(assessmentId);
        if (d == null || !d.accountId.equals(accountId)) {
            return Optional.empty();
        }
        try {
            Assessment answer = json.readValue(d.response, Assessment.class);
            String name = "Account " + accountId + " as decided on " + when(d.assessedAt) + " gets "
                    + answer.nextAction().type();
            return Optional.of(ScenarioWriter.yaml(name, null, json.readTree(d.facts), answer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Trace assessment(DecisionRecord d) {
        JsonNode answer;
        try {
            answer = json.readTree(d.response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode next = answer.path("nextAction");
        JsonNode credit = answer.path("creditReport");
        JsonNode strategy = answer.path("strategy");
        return new Trace(d.assessmentId.toString(), when(d.assessedAt), d.source, d.rulesetVersion, d.stage, d.nextAction,
                text(next, "rule"), text(next, "note") == null ? text(next, "reason")
                        : text(next, "reason") + " (" + text(next, "note") + ")",
                moment(text(next, "notBefore")), list(answer.path("firedRules"), null, null),
                list(answer.path("suppressed"), "action", "reason"), list(answer.path("reliefOffers"), "type", null),
                list(answer.path("tasks"), "type", null),
                text(credit, "reason") == null ? text(credit, "decision")
                        : text(credit, "decision") + ": " + text(credit, "reason"),
                strategy.isMissingNode() ? null : strategy.path("experiment").asLong(), text(strategy, "arm"),
                d.nextAction, null);
    }

    private Trace triage(TriageDecision t) {
        return new Trace(null, when(t.decidedAt()), "TRIAGE", t.rulesetVersion(), t.stage(), t.nextAction(), null,
                t.reason(), when(t.notBefore()), firedNames.of(t.rulesetVersion(), t.firedRuleNumbers()),
                split(t.holds()), split(t.offers()), split(t.tasks()), t.creditReport(), t.experiment(), t.arm(), t.decidedAction(), t.capacityDenied());
    }

    private String when(OffsetDateTime moment) {
        return time.of(moment);
    }

    private String moment(String iso) {
        return iso == null ? null : when(OffsetDateTime.parse(iso));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** The items of an array: each its {@code first} field (and {@code second}, after a colon), or itself. */
    private static List<String> list(JsonNode array, String first, String second) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(first == null ? item.asText()
                : second == null ? text(item, first) : text(item, first) + ": " + text(item, second)));
        return items;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(";"));
    }
}
