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
import java.util.Locale;
import java.util.UUID;
import dev.collections.policy.ActionType;
import dev.collections.policy.CreditDecision;
import dev.collections.policy.HoldReason;
import dev.collections.policy.ReliefType;
import dev.collections.policy.ScoreBand;
import dev.collections.policy.ScoreFeature;
import dev.collections.policy.SuppressionReason;
import dev.collections.policy.TaskType;
import dev.collections.rules.KnownRuleSets;
import dev.collections.rules.Texts;

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

    private final KnownRuleSets known;

    public AccountTraces(ObjectMapper json, ConsoleTime time, FiredRuleNames firedNames, KnownRuleSets known) {
        this.json = json;
        this.time = time;
        this.firedNames = firedNames;
        this.known = known;
    }

    public record Summary(String accountId, int daysPastDue, BigDecimal overdueAmount, BigDecimal outstandingBalance,
                          String region) {
    }

    /** A code of a decision in words, the code kept for a tooltip (and for machines reading the page). */
    public record Said(String text, String code) {
    }

    /** One decision as a person reads it, in the page's language; lists are empty rather than absent. */
    public record Trace(java.time.LocalDate businessDate, String assessmentId, String decidedAt, String source,
                        String version, String stage,
                        String nextAction, Said rule, String reason, String notBefore, List<Said> firedRules,
                        List<Said> suppressed, List<Said> offers, List<Said> tasks, Said creditReport,
                        Long experiment, String arm, String decidedAction, String capacityDenied,
                        ScoreShown score) {
    }

    /** The behavioural score the rules saw (docs/score.md): the probability in percent, its band and reasons. */
    public record ScoreShown(String percent, String band, String reasons, String model) {
    }

    @Transactional
    public Optional<Summary> summary(String accountId) {
        return AccountRecord.stored(accountId).map(a -> new Summary(a.accountId,
                a.snapshot().daysPastDue(), a.snapshot().overdueAmount(), a.snapshot().outstandingBalance(),
                a.snapshot().region()));
    }

    /** The account's latest decisions, newest first, each said in {@code language}. */
    @Transactional
    public List<Trace> latest(String accountId, Locale language) {
        List<Trace> traces = new ArrayList<>();
        for (var entry : DecisionRecord.everyDecision(accountId, 0, PAGE)) {
            traces.add(entry.assessmentId() != null
                    ? assessment(DecisionRecord.<DecisionRecord>findById(entry.assessmentId()), language)
                    : triage(DecisionRecord.triage(accountId, entry.triageDate()), language));
        }
        traces.sort(java.util.Comparator.comparing(Trace::businessDate, java.util.Comparator.nullsLast(
                java.util.Comparator.reverseOrder())));
        return traces;
    }

    /**
     * One recorded decision of the account as a scenario file (analysts put it in rules/scenarios/), or empty when
     * the account has no such decision. Unless the analyst keeps it on purpose ({@code keepAccountId}), the file
     * names no real account: the id becomes a case number made from the decision's own (random) id.
     */
    @Transactional
    public Optional<String> scenario(String accountId, UUID assessmentId, boolean keepAccountId) {
        DecisionRecord d = DecisionRecord.findById(assessmentId);
        if (d == null || !d.accountId.equals(accountId)) {
            return Optional.empty();
        }
        try {
            Assessment answer = json.readValue(d.response, Assessment.class);
            JsonNode facts = json.readTree(d.facts);
            String shown = accountId;
            if (!keepAccountId) {
                shown = "CASE-" + assessmentId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
                ((com.fasterxml.jackson.databind.node.ObjectNode) facts).put("accountId", shown);
            }
            String name = (keepAccountId ? "Account " + accountId : "A case") + " as decided on " + when(d.assessedAt)
                    + " gets " + answer.nextAction().type();
            return Optional.of(ScenarioWriter.yaml(name, null, facts, answer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Trace assessment(DecisionRecord d, Locale language) {
        JsonNode answer;
        try {
            answer = json.readTree(d.response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Texts texts = texts(d.rulesetVersion);
        JsonNode next = answer.path("nextAction");
        JsonNode credit = answer.path("creditReport");
        JsonNode strategy = answer.path("strategy");
        String english = text(next, "note") == null ? text(next, "reason")
                : text(next, "reason") + " (" + text(next, "note") + ")";
        List<Said> fired = new ArrayList<>();
        answer.path("firedRules").forEach(r -> fired.add(rule(texts, r.asText(), language)));
        List<Said> suppressed = new ArrayList<>();
        answer.path("suppressed").forEach(s -> suppressed.add(held(texts, text(s, "action"), text(s, "reason"),
                language)));
        List<Said> offers = new ArrayList<>();
        answer.path("reliefOffers").forEach(o -> offers.add(word(texts, ReliefType.class, text(o, "type"), language)));
        List<Said> tasks = new ArrayList<>();
        answer.path("tasks").forEach(t -> tasks.add(word(texts, TaskType.class, text(t, "type"), language)));
        return new Trace(businessDate(d), d.assessmentId.toString(), when(d.assessedAt), d.source, d.rulesetVersion, d.stage,
                d.nextAction, rule(texts, text(next, "rule"), language),
                d.explanation == null ? english : texts.stored(d.explanation, language),
                "NONE".equals(d.nextAction) ? null : moment(text(next, "notBefore")), fired, suppressed, offers, tasks,
                credit(texts, text(credit, "decision"), text(credit, "reason"), language),
                strategy.isMissingNode() ? null : strategy.path("experiment").asLong(), text(strategy, "arm"),
                d.nextAction, null, score(texts, answer.path("score"), language));
    }

    private static ScoreShown score(Texts texts, JsonNode score, Locale language) {
        if (score.isMissingNode() || score.isNull()) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        score.path("reasons").forEach(r -> reasons.add(word(texts, ScoreFeature.class, text(r, "feature"),
                language).text()));
        String band = text(score, "band");
        return new ScoreShown(String.format(Locale.ROOT, "%.1f%%", 100 * score.path("probability").asDouble()),
                band == null ? "-" : word(texts, ScoreBand.class, band, language).text(),
                String.join(Locale.CHINESE.getLanguage().equals(language.getLanguage()) ? "、" : "; ", reasons),
                text(score, "model"));
    }

    /**
     * The business date a recorded assessment decided as of: its facts' {@code asOf} in the customer's zone (the
     * service's zone when none was given), else the day it was made.
     */
    private java.time.LocalDate businessDate(DecisionRecord d) {
        try {
            JsonNode facts = json.readTree(d.facts);
            String asOf = text(facts, "asOf");
            String zone = text(facts, "timezone");
            java.time.OffsetDateTime at = asOf == null ? d.assessedAt : java.time.OffsetDateTime.parse(asOf);
            return at.atZoneSameInstant(zone == null ? time.zone() : java.time.ZoneId.of(zone)).toLocalDate();
        } catch (IOException | RuntimeException e) {
            return d.assessedAt.atZoneSameInstant(time.zone()).toLocalDate();
        }
    }

    private Trace triage(TriageDecision t, Locale language) {
        Texts texts = texts(t.rulesetVersion());
        List<Said> fired = firedNames.of(t.rulesetVersion(), t.firedRuleNumbers()).stream()
                .map(r -> rule(texts, r, language)).toList();
        String reason = t.reason() == null ? null : t.capacityDenied() == null ? texts.stored(t.reason(), language)
                : texts.atCapacity(ActionType.valueOf(t.capacityDenied()), texts.stored(t.reason(), language),
                language);
        String credit = t.creditReport();
        int colon = credit == null ? -1 : credit.indexOf(':');
        return new Trace(t.businessDate(), null, when(t.decidedAt()), "TRIAGE", t.rulesetVersion(), t.stage(),
                t.nextAction(), null,
                reason, "NONE".equals(t.nextAction()) ? null : when(t.notBefore()), fired,
                split(t.holds()).stream().map(h -> held(texts, h.substring(0, h.indexOf(':')),
                        h.substring(h.indexOf(':') + 1), language)).toList(),
                split(t.offers()).stream().map(o -> word(texts, ReliefType.class,
                        o.contains(":") ? o.substring(0, o.indexOf(':')) : o, language)).toList(),
                split(t.tasks()).stream().map(x -> word(texts, TaskType.class, x, language)).toList(),
                credit == null ? null : credit(texts, colon < 0 ? credit : credit.substring(0, colon),
                        colon < 0 ? null : credit.substring(colon + 1), language),
                t.experiment(), t.arm(), t.decidedAction(), t.capacityDenied(), null);
    }

    /** The texts of the rule set that decided; the live set's when the history does not keep that version. */
    private Texts texts(String version) {
        Texts texts = known.texts(version);
        return texts == Texts.NONE ? known.live() : texts;
    }

    private static Said rule(Texts texts, String name, Locale language) {
        return name == null ? null : new Said(texts.ruleName(name, language), name);
    }

    private static Said held(Texts texts, String action, String reason, Locale language) {
        return new Said(texts.word(ActionType.valueOf(action), language) + ": "
                + texts.word(SuppressionReason.valueOf(reason), language), action + ":" + reason);
    }

    private static <E extends Enum<E>> Said word(Texts texts, Class<E> type, String code, Locale language) {
        return new Said(texts.word(Enum.valueOf(type, code), language), code);
    }

    private static Said credit(Texts texts, String decision, String hold, Locale language) {
        if (decision == null) {
            return null;
        }
        String text = texts.word(CreditDecision.valueOf(decision), language);
        return hold == null ? new Said(text, decision) : new Said(text + ": "
                + texts.word(HoldReason.valueOf(hold), language), decision + ":" + hold);
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

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(";"));
    }
}
