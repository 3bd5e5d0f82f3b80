package dev.collections.rules.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.collections.model.Assessment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision as a scenario file, ready for {@code rules/scenarios/}: the facts exactly as they were evaluated
 * (asOf and time zone filled in) under {@code given}, and what was decided under {@code expect}, written the way
 * analysts write expectations ({@link Rendering}), with every rule that fired. Against the rule set that made the
 * decision it passes; against a changed one it shows what changed.
 */
public final class ScenarioWriter {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build();

    private ScenarioWriter() {
    }

    /** {@code facts}: the decision's facts as stored; {@code policy}: the policy lines it covers, or null. */
    /**
     * The facts with the behavioural score the decision was made with, as a scenario gives it, so that the saved
     * case decides as the decision did (a score is not a fact of the account: it is not in the stored facts).
     */
    private static JsonNode withScore(JsonNode facts, Assessment.ScoreView score) {
        if (score == null || !facts.isObject()) {
            return facts;
        }
        com.fasterxml.jackson.databind.node.ObjectNode given =
                ((com.fasterxml.jackson.databind.node.ObjectNode) facts).deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode s = given.putObject("score");
        s.put("probability", score.probability());
        score.reasons().forEach(r -> s.withArray("reasons").add(r.feature().name()));
        return given;
    }

    public static String yaml(String name, String policy, JsonNode facts, Assessment answer) {
        Rendering r = new Rendering(answer);
        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put("stage", r.stage());
        expect.put("nextAction", r.nextAction());
        expect.put("notBefore", answer.nextAction().notBefore().toString());
        expect.put("reliefOffers", r.reliefOffers());
        expect.put("suppressed", r.suppressed());
        expect.put("tasks", r.tasks());
        expect.put("creditReport", r.creditReport());
        expect.put("priority", r.priority());
        if (answer.agency() != null) {
            expect.put("agency", r.agency());
        }
        expect.put("fired", answer.firedRules());
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", name);
        if (policy != null) {
            scenario.put("policy", policy);
        }
        scenario.put("given", withScore(facts, answer.score()));
        scenario.put("expect", expect);
        try {
            String account = facts.path("accountId").asText(answer.accountId());
            return "# Saved from the decision of " + account + " at " + answer.assessedAt() + " (rules "
                    + answer.rulesetVersion() + ")\n" + YAML.writeValueAsString(Map.of("scenarios", List.of(scenario)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
