package dev.collections.rules.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import dev.collections.rules.Assessor;
import dev.collections.common.JsonSettings;
import dev.collections.common.ProblemException;
import dev.collections.rules.RuleSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Runs scenarios through the same path as POST /api/v1/assessments and compares the answer with the expectation. */
public final class ScenarioRunner {
    private static final ObjectMapper JSON = JsonSettings.newMapper();
    private final Assessor assessor;
    private final int fireLimit;

    public ScenarioRunner(ZoneId defaultZone, int fireLimit) {
        this.assessor = new Assessor(Clock.systemUTC(), defaultZone, fireLimit);
        this.fireLimit = fireLimit;
    }

    /**
     * A case's behavioural score, as a live model would give it ({@code score: {probability: 0.05}}, with
     * {@code reasons} optional); none when the case gives none (no model is live).
     */
    private static dev.collections.policy.Score score(com.fasterxml.jackson.databind.JsonNode given) {
        if (given == null || given.isNull()) {
            return null;
        }
        if (!given.path("probability").isNumber()) {
            throw new IllegalArgumentException("score: probability (a number from 0 to 1) is required");
        }
        List<dev.collections.policy.ScoreFeature> reasons = new ArrayList<>();
        given.path("reasons").forEach(r -> reasons.add(dev.collections.policy.ScoreFeature.valueOf(r.asText())));
        return new dev.collections.policy.Score(given.get("probability").asDouble(), reasons, "scenario");
    }

    public ScenarioResult run(Scenario scenario, RuleSet ruleSet) {
        if (scenario.given().has("agencyConduct")) {
            return conduct(scenario, ruleSet);
        }
        List<String> diff = new ArrayList<>();
        if (!scenario.given().hasNonNull("asOf")) {
            return new ScenarioResult(scenario, List.of("given: asOf is required, so that the case is repeatable"),
                    List.of());
        }
        Assessment actual;
        try {
            com.fasterxml.jackson.databind.node.ObjectNode given = scenario.given().deepCopy();
            actual = assessor.assess(JSON.treeToValue(given.without("score"), AccountFacts.class), ruleSet,
                    dev.collections.policy.RollRates.NONE, score(scenario.given().get("score")));
        } catch (ProblemException e) {
            return new ScenarioResult(scenario, List.of("given: rejected: " + e.problem().detail() + " "
                    + Objects.requireNonNullElse(e.problem().violations(), List.of())), List.of());
        } catch (Exception e) {
            return new ScenarioResult(scenario, List.of("given: " + e.getMessage()), List.of());
        }
        Scenario.Expectation expect = scenario.expect();
        Rendering shown = new Rendering(actual);
        same(diff, "stage", expect.stage(), shown.stage());
        same(diff, "nextAction", expect.nextAction(), shown.nextAction());
        if (expect.notBefore() != null && !sameInstant(expect.notBefore(), actual.nextAction().notBefore())) {
            diff.add("notBefore: expected " + expect.notBefore() + " but was "
                    + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(actual.nextAction().notBefore()));
        }
        sameSet(diff, "reliefOffers", expect.reliefOffers(), shown.reliefOffers());
        sameSet(diff, "suppressed", expect.suppressed(), shown.suppressed());
        sameSet(diff, "tasks", expect.tasks(), shown.tasks());
        same(diff, "creditReport", expect.creditReport(), shown.creditReport());
        same(diff, "priority", expect.priority(), shown.priority());
        same(diff, "agency", expect.agency(), shown.agency());
        if (expect.fired() != null) {
            expect.fired().stream().filter(r -> !actual.firedRules().contains(r))
                    .forEach(r -> diff.add("fired: expected rule \"" + r + "\" to fire, it did not"));
        }
        if (expect.notFired() != null) {
            expect.notFired().stream().filter(actual.firedRules()::contains)
                    .forEach(r -> diff.add("notFired: rule \"" + r + "\" fired"));
        }
        String unsayable = actual.nextAction().explanation() == null ? null
                : ruleSet.texts().unsayable(actual.nextAction().explanation());
        if (unsayable != null) {
            diff.add("language files: " + unsayable);
        }
        return new ScenarioResult(scenario, diff, actual.firedRules());
    }

    /** A case of an agency's conduct (AG6): which agencies the rules suspend. */
    private ScenarioResult conduct(Scenario scenario, RuleSet ruleSet) {
        List<Object> conduct = new ArrayList<>();
        var given = scenario.given().get("agencyConduct");
        for (var c : given.isArray() ? given : JSON.createArrayNode().add(given)) {
            long agency = c.path("agencyId").asLong();
            conduct.add(new dev.collections.policy.AgencyConduct(agency,
                    dev.collections.policy.AgencyStatus.valueOf(c.path("status").asText("ACTIVE")),
                    c.path("placedAccounts").asInt()));
            c.path("complaintsDaysAgo").forEach(d -> conduct.add(new dev.collections.policy.AgencyComplaint(agency,
                    d.asInt())));
        }
        var result = dev.collections.rules.AgencyReview.review(ruleSet, conduct, fireLimit);
        List<String> diff = new ArrayList<>();
        Scenario.Expectation expect = scenario.expect();
        if (expect.suspendedAgencies() != null) {
            var actual = result.suspensions().stream().map(dev.collections.policy.AgencySuspension::getAgencyId)
                    .toList();
            if (!new TreeSet<>(expect.suspendedAgencies()).equals(new TreeSet<>(actual))) {
                diff.add("suspendedAgencies: expected " + expect.suspendedAgencies() + " but was " + actual);
            }
        }
        if (expect.fired() != null) {
            expect.fired().stream().filter(r -> !result.firedRules().contains(r))
                    .forEach(r -> diff.add("fired: expected rule \"" + r + "\" to fire, it did not"));
        }
        if (expect.notFired() != null) {
            expect.notFired().stream().filter(result.firedRules()::contains)
                    .forEach(r -> diff.add("notFired: rule \"" + r + "\" fired"));
        }
        return new ScenarioResult(scenario, diff, result.firedRules());
    }

    private static void same(List<String> diff, String what, String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            diff.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static void sameSet(List<String> diff, String what, List<String> expected, List<String> actual) {
        if (expected != null && !new TreeSet<>(expected).equals(new TreeSet<>(actual))) {
            diff.add(what + ": expected " + new TreeSet<>(expected) + " but was " + new TreeSet<>(actual));
        }
    }

    private static boolean sameInstant(String expected, OffsetDateTime actual) {
        try {
            return OffsetDateTime.parse(expected).toInstant().equals(actual.toInstant());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
