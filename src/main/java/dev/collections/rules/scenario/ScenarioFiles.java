package dev.collections.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the scenario files ({@code *.yaml} under {@code scenarios/} of a rules directory). A file holds
 * {@code defaults} (facts merged into every case) and {@code scenarios} (name, policy, given, expect).
 */
public final class ScenarioFiles {
    public static final String DIRECTORY = "scenarios";
    private static final ObjectMapper YAML = new YAMLMapper();

    private ScenarioFiles() {
    }

    public static List<Scenario> load(Path rulesDirectory) {
        Path dir = rulesDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Scenario> all = new ArrayList<>();
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                all.addAll(read(rulesDirectory.relativize(file).toString().replace('\\', '/'), file));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Scenario> read(String name, Path file) throws IOException {
        JsonNode root = YAML.readTree(file.toFile());
        if (root == null || !root.has("scenarios")) {
            throw new IllegalArgumentException(name + ": a scenario file needs a 'scenarios' list");
        }
        ObjectNode defaults = root.has("defaults") ? (ObjectNode) root.get("defaults") : YAML.createObjectNode();
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode node : root.get("scenarios")) {
            ObjectNode given = defaults.deepCopy();
            merge(given, (ObjectNode) node.path("given"));
            Scenario.Expectation expect = YAML.treeToValue(node.path("expect"), Scenario.Expectation.class);
            scenarios.add(new Scenario(name, node.path("name").asText("(unnamed)"), node.path("policy").asText(null),
                    given, expect == null ? emptyExpectation() : expect));
        }
        return scenarios;
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getValue().isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                merge(existing, (ObjectNode) field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static Scenario.Expectation emptyExpectation() {
        return new Scenario.Expectation(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
