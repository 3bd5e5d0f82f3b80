package dev.collections.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.collections.account.PortfolioCursor;
import dev.collections.model.AccountFacts;
import dev.collections.model.FactsValidator;
import dev.collections.rules.Facts;
import dev.collections.simulation.PortfolioCsv;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The same accounts, sent as they are (a stateless assessment), recorded two ways (core banking's API, and the extract import), read three ways (the
 * assessment from the record, the triage's cursor, the simulation's CSV reader), must hand the rules the same facts,
 * field by field. The accounts are random and fill every field of the model ({@link RandomAccounts}); a field that
 * no account fills, or that one path drops, fails here: a fact added to the model and forgotten on one path (the
 * cursor's SELECT, an extract column, the simulation reader) cannot go unnoticed.
 */
@QuarkusTest
@TestProfile(FactPathsParityTest.OwnDatabase.class)
class FactPathsParityTest {
    /** Its own start, on a clean database: the random accounts must not become other tests' portfolio. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("collections.triage.output-directory", "target/test-parity-runs");
        }
    }

    private static final Path INBOUND = Path.of("target/test-inbound");
    private static final int ACCOUNTS = 60;
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final ZoneId BANK = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Inject
    AgroalDataSource database;

    @Test
    void everyPathHandsTheRulesTheSameFacts() throws Exception {
        long agency = agency();
        var accounts = new RandomAccounts(20261120L, agency, NOW.toLocalDate()).generate(ACCOUNTS);
        for (var a : accounts) {
            a.recordThroughTheApi("PAR-R-" + a.index());
        }
        Path extract = Files.createDirectories(INBOUND.resolve("parity"));
        RandomAccounts.writeExtract(accounts, "PAR-X-", extract);
        given().contentType(ContentType.JSON)
                .body("{\"extract\":\"parity\",\"mode\":\"DELTA\",\"businessDate\":\"" + NOW.toLocalDate() + "\"}")
                .post("/api/v1/imports").then().statusCode(200);

        Map<String, JsonNode> cursor = throughTheCursor();
        Map<String, JsonNode> simulated = throughTheSimulationReader(extract.resolve("accounts.csv"));
        List<String> differences = new ArrayList<>();
        for (var a : accounts) {
            String api = "PAR-R-" + a.index();
            String imported = "PAR-X-" + a.index();
            JsonNode record = rulesFacts(fromTheRecord(api), api);
            compare(differences, api + " as sent (a stateless assessment) against the record (the account's own"
                    + " facts)", rulesFacts(a.asSent(api), api), withoutHistory(record));
            compare(differences, api + " the record (assessment) against the triage cursor", record, cursor.get(api));
            compare(differences, api + " the API against the import (record)", record,
                    rulesFacts(fromTheRecord(imported), imported));
            compare(differences, api + " the API against the import (cursor)", record, cursor.get(imported));
            compare(differences, api + " the import against the simulation reader (the account's own facts)",
                    withoutHistory(cursor.get(imported)), simulated.get(imported));
        }
        assertEquals(List.of(), differences.stream().limit(12).toList(), "every path hands the rules the same facts");

        List<JsonNode> all = accounts.stream().map(a -> cursor.get("PAR-R-" + a.index())).toList();
        // the behavioural score is not a fact of the account: the live model derives it (none is live here);
        // ScoredDecisionTest shows the record's assessment and the night scoring alike
        TreeSet<String> unfilled = neverFilled(all);
        unfilled.remove(".score");
        assertEquals(new TreeSet<>(), unfilled,
                "every fact the rules read is filled in some account (the generator covers the whole model)");
    }

    /** The facts the single-account assessment reads from the record ({@code RecordedAssessments}). */
    private static AccountFacts fromTheRecord(String id) {
        return QuarkusTransaction.requiringNew().call(() -> RecordedFacts.of(AccountRecord.stored(id).orElseThrow(),
                AccountHistory.load(id, FactsValidator.MAX_CONTACTS)));
    }

    /** The facts the nightly triage and the simulation of the record read, keyed by account. */
    private Map<String, JsonNode> throughTheCursor() throws Exception {
        Map<String, JsonNode> facts = new LinkedHashMap<>();
        try (var c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PortfolioCursor cursor = PortfolioCursor.everyAccount(c, 500)) {
                while (cursor.hasNext()) {
                    var recorded = cursor.next();
                    String id = recorded.accountId();
                    if (id.startsWith("PAR-")) {
                        facts.put(id, rulesFacts(RecordedFacts.of(recorded), id));
                    }
                }
            }
            c.rollback();
        }
        return facts;
    }

    private static Map<String, JsonNode> throughTheSimulationReader(Path file) {
        Map<String, JsonNode> facts = new LinkedHashMap<>();
        Iterator<dev.collections.simulation.Simulator.PortfolioRow> rows = PortfolioCsv.read(file, NOW);
        while (rows.hasNext()) {
            var row = rows.next();
            assertTrue(row.facts() != null, "the simulation reads every row: " + row);
            facts.put(row.facts().accountId(), rulesFacts(row.facts(), row.facts().accountId()));
        }
        return facts;
    }

    /** What the rules receive ({@code rules.Facts}), as a tree with sets in a stable order and the id left out. */
    private static JsonNode rulesFacts(AccountFacts facts, String id) {
        assertTrue(facts != null, "no facts for " + id);
        JsonNode tree = JSON.valueToTree(Facts.from(facts, NOW, BANK));
        ((ObjectNode) tree.get("account")).remove("accountId");
        return sorted(tree);
    }

    private static JsonNode withoutHistory(JsonNode facts) {
        ObjectNode copy = facts.deepCopy();
        for (String history : List.of("hardship", "arrangement", "dispute", "complaint", "promise", "placement")) {
            copy.putNull(history);
        }
        copy.putArray("contacts");
        return copy;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> e.setValue(sorted(e.getValue())));
        } else if (node instanceof ArrayNode a && a.size() > 1 && a.get(0).isValueNode()) {
            List<JsonNode> items = new ArrayList<>();
            a.forEach(items::add);
            items.sort(java.util.Comparator.comparing(JsonNode::asText));
            a.removeAll();
            items.forEach(a::add);
        } else if (node instanceof ArrayNode a) {
            a.forEach(FactPathsParityTest::sorted);
        }
        return node;
    }

    private static void compare(List<String> differences, String what, JsonNode expected, JsonNode actual) {
        if (actual == null) {
            differences.add(what + ": missing");
        } else if (!expected.equals(actual)) {
            differences.add(what + ": " + RandomAccounts.firstDifference("", expected, actual));
        }
    }

    /** The fields (by path) that are null or absent in every account: facts no account gave the rules. */
    private static TreeSet<String> neverFilled(List<JsonNode> all) {
        TreeSet<String> empty = new TreeSet<>();
        TreeSet<String> filled = new TreeSet<>();
        for (JsonNode facts : all) {
            leaves("", facts, empty, filled);
        }
        empty.removeAll(filled);
        return empty;
    }

    private static void leaves(String path, JsonNode node, TreeSet<String> empty, TreeSet<String> filled) {
        if (node.isObject()) {
            filled.add(path);
            node.fields().forEachRemaining(e -> leaves(path + "." + e.getKey(), e.getValue(), empty, filled));
        } else if (node.isArray()) {
            (node.isEmpty() ? empty : filled).add(path);
            node.forEach(item -> leaves(path + "[]", item, empty, filled));
        } else {
            (node.isNull() ? empty : filled).add(path);
        }
    }

    private static long agency() {
        return given().auth().preemptive().basic("operator", "dev-operator").contentType(ContentType.JSON)
                .body("{\"name\":\"Parity Recovery\",\"licenceNumber\":\"PR-001\",\"regions\":[\"*\"],"
                        + "\"stages\":[\"M4+\"],\"capacity\":10,\"feeRate\":0.15,\"contractFrom\":\"2026-01-01\","
                        + "\"contractUntil\":\"2027-12-31\"}")
                .post("/api/v1/agencies").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }
}
