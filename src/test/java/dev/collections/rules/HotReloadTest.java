package dev.collections.rules;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.rules.RuleFiles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Safe hot reload: what does not compile or breaks a scenario never goes live, and swaps never fail a request. */
@QuarkusTest
@TestProfile(HotReloadTest.Profile.class)
class HotReloadTest {
    static final Path DIR = Path.of("target", "hot-reload-rules").toAbsolutePath();
    private static final String REQUEST = """
            {"accountId":"CC-HOT","asOf":"2026-11-22T10:15:00+08:00","daysPastDue":20,
             "overdueAmount":800,"outstandingBalance":5000}""";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RuleFiles.copyShippedRulesTo(DIR);
            return Map.of("collections.rules.directory", DIR.toString(), "collections.rules.watch-interval", "0s");
        }
    }

    @AfterEach
    void restoreShippedRules() {
        RuleFiles.copyShippedRulesTo(DIR);
        reload();
    }

    static JsonPath reload() {
        return given().when().post("/api/v1/rules/reload").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath assess() {
        return given().contentType(ContentType.JSON).body(REQUEST).when().post("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath();
    }

    static String liveVersion() {
        return given().when().get("/api/v1/rules").then().statusCode(200).extract().path("version");
    }

    @Test
    void anUnchangedDirectoryIsNotActivatedTwice() {
        JsonPath again = reload();
        assertEquals("UNCHANGED", again.getString("outcome"));
        assertEquals(liveVersion(), again.getString("activeVersion"));
    }

    @Test
    void aBrokenDrlIsRefusedAndTheOldSetKeepsAnswering() {
        String before = liveVersion();
        RuleFiles.write(DIR, "broken.drl", "package rules;\nimport dev.collections.policy.*;\n\nrule \"Half\"\nwhen\n"
                + "    Account( daysPastDue >\nthen\nend\n");
        JsonPath refused = reload();
        assertEquals("REFUSED", refused.getString("outcome"));
        assertTrue(refused.getList("reasons.file").contains("broken.drl"), refused.prettify());
        assertTrue(refused.getInt("reasons.find { it.file == 'broken.drl' }.line") > 0);
        assertEquals(before, assess().getString("rulesetVersion"));
        JsonPath rules = given().get("/api/v1/rules").then().extract().jsonPath();
        assertEquals(true, rules.getBoolean("valid"));
        assertEquals("REFUSED", rules.getString("lastReload.outcome"));
    }

    @Test
    void aDrlThatMakesAScenarioFailIsRefusedWithExpectedAndActual() throws Exception {
        String before = liveVersion();
        Path ladder = DIR.resolve("ladder.drl");
        String original = Files.readString(ladder);
        String changed = original.replace("insert( new Candidate( ActionType.CALL, PolicyArea.LADDER, \"arrears-call\"",
                "insert( new Candidate( ActionType.SMS, PolicyArea.LADDER, \"arrears-call\"");
        assertNotEquals(original, changed, "the edit must change the rule that calls days 15 to 59");
        Files.writeString(ladder, changed);
        JsonPath refused = reload();
        assertEquals("REFUSED", refused.getString("outcome"));
        List<String> differences = refused.getList("failingScenarios.differences.flatten()");
        assertTrue(differences.contains("nextAction: expected CALL but was SMS"), refused.prettify());
        assertEquals(before, assess().getString("rulesetVersion"));
        assertEquals("CALL", assess().getString("nextAction.type"));
    }

    @Inject
    RuleReloader reloader;

    @Test
    void filesPutLiveThatTheGateRefusesAreReplacedByTheFilesBefore() throws Exception {
        String before = liveVersion();
        String ladder = Files.readString(DIR.resolve("ladder.drl"));
        var files = FrozenRules.read(DIR);
        files.put("broken.drl", "package rules;\nrule \"x\" when Acount() then end\n");
        files.remove("ladder.drl");
        var replaced = reloader.replace(files, "promotion");
        assertEquals("REFUSED", replaced.reload().outcome().name());
        assertEquals(before, liveVersion(), "the live set keeps serving");
        assertEquals(ladder, Files.readString(DIR.resolve("ladder.drl")), "the replaced files are back");
        assertTrue(Files.notExists(DIR.resolve("broken.drl")), "and the refused ones gone");
        assertEquals(ladder, replaced.replaced().get("ladder.drl"));
    }

    @Test
    void aDeletedRulesDirectoryIsRefusedAndTheOldSetKeepsAnswering() {
        String before = liveVersion();
        RuleFiles.delete(DIR);
        JsonPath refused = reload();
        assertEquals("REFUSED", refused.getString("outcome"));
        assertTrue(refused.getString("reasons[0].message").contains("does not exist"), refused.prettify());
        assertEquals(before, assess().getString("rulesetVersion"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aValidChangeGoesLiveAndIsRecordedInTheHistory() throws Exception {
        String before = liveVersion();
        int recorded = given().get("/api/v1/rules/history?size=100").then().extract().jsonPath().getList("").size();
        Path stages = DIR.resolve("stages.drl");
        Files.writeString(stages, Files.readString(stages) + "\n// reviewed by the policy committee\n");
        JsonPath activated = reload();
        assertEquals("ACTIVATED", activated.getString("outcome"));
        String after = activated.getString("activeVersion");
        assertNotEquals(before, after);
        assertEquals(after, assess().getString("rulesetVersion"));
        JsonPath history = given().get("/api/v1/rules/history?size=100").then().statusCode(200).extract().jsonPath();
        assertEquals(recorded + 1, history.getList("").size());
        assertEquals(after, history.getString("[0].version"));
        assertEquals("api", history.getString("[0].trigger"));
        assertTrue(history.getList("[0].files.path").contains("stages.drl"));
    }

    @Test
    void anEarlierVersionIsComparedWithTheLiveOneAndPutLiveAgain() throws Exception {
        String before = liveVersion();
        Path stages = DIR.resolve("stages.drl");
        String original = Files.readString(stages);
        Files.writeString(stages, original + "// reviewed by the policy committee\n");
        Files.delete(DIR.resolve("capacity.csv"));
        String after = reload().getString("activeVersion");
        assertNotEquals(before, after);

        JsonPath diff = given().queryParam("from", before).queryParam("to", after).get("/api/v1/rules/diff")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("capacity.csv", "stages.drl"), diff.getList("files.path"), diff.prettify());
        assertEquals(List.of("REMOVED", "CHANGED"), diff.getList("files.change"));
        assertTrue(diff.getList("files[1].lines", String.class).contains("+// reviewed by the policy committee"),
                diff.prettify());

        JsonPath rolledBack = given().contentType(ContentType.JSON).body("{\"version\":\"" + before + "\"}")
                .post("/api/v1/rules/rollback").then().statusCode(200).extract().jsonPath();
        assertEquals("ACTIVATED", rolledBack.getString("outcome"));
        assertEquals(before, liveVersion());
        assertEquals(before, assess().getString("rulesetVersion"));
        assertEquals(original, Files.readString(stages), "the directory holds the earlier files again");
        assertTrue(Files.exists(DIR.resolve("capacity.csv")));
        JsonPath history = given().get("/api/v1/rules/history?size=1").then().extract().jsonPath();
        assertEquals("rollback", history.getString("[0].trigger"));
        assertEquals(before, history.getString("[0].version"));
    }

    @Test
    void anAnalystComparesTwoVersionsAndRollsBackFromTheConsole() throws Exception {
        String before = liveVersion();
        Path stages = DIR.resolve("stages.drl");
        Files.writeString(stages, Files.readString(stages) + "// agreed on the 3rd\n");
        String after = reload().getString("activeVersion");
        String cookie = dev.collections.console.ConsoleSession.signIn("analyst");
        String page = dev.collections.console.ConsoleSession.as(cookie).get("/console/rules").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"history\"") && page.contains("title=\"" + after + "\""), page);
        String diff = dev.collections.console.ConsoleSession.as(cookie).queryParam("from", before)
                .queryParam("to", after).get("/console/rules/diff").then().statusCode(200).extract().asString();
        assertTrue(diff.contains("stages.drl") && diff.contains("class=\"add\">+// agreed on the 3rd"), diff);
        dev.collections.console.ConsoleSession.as(cookie).contentType(ContentType.URLENC).formParam("version", before)
                .post("/console/rules/rollback").then().statusCode(403);
        dev.collections.console.ConsoleSession.as(dev.collections.console.ConsoleSession.signIn("auditor"))
                .contentType(ContentType.URLENC).formParam("version", before)
                .formParam("_csrf", dev.collections.console.ConsoleSession.token(page))
                .post("/console/rules/rollback").then().statusCode(403);
        assertEquals(after, liveVersion(), "refused without the analyst's token");
        dev.collections.console.ConsoleSession.as(cookie).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("version", before).formParam("_csrf", dev.collections.console.ConsoleSession.token(page))
                .post("/console/rules/rollback").then().statusCode(303);
        assertEquals(before, liveVersion());
        dev.collections.console.ConsoleSession.as(cookie).get("/console/rules").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("A rollback"));
    }

    @Test
    void aRollbackToAVersionTheHistoryDoesNotKeepIsRefusedAndChangesNothing() {
        String before = liveVersion();
        given().contentType(ContentType.JSON).body("{\"version\":\"sha256:" + "0".repeat(64) + "\"}")
                .post("/api/v1/rules/rollback").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"version\":\"latest\"}")
                .post("/api/v1/rules/rollback").then().statusCode(422)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("version"));
        given().queryParam("from", before).get("/api/v1/rules/diff").then().statusCode(422);
        assertEquals(before, liveVersion());
    }

    @Test
    void twentyReloadsUnderASteadyStreamOfAssessmentsFailNoRequest() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        List<Future<int[]>> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            clients.add(load.submit(() -> {
                int ok = 0;
                int failed = 0;
                while (running.get()) {
                    int status = given().contentType(ContentType.JSON).body(REQUEST)
                            .when().post("/api/v1/assessments").statusCode();
                    if (status == 200) {
                        ok++;
                    } else {
                        failed++;
                    }
                }
                return new int[] {ok, failed};
            }));
        }
        Path stages = DIR.resolve("stages.drl");
        String original = Files.readString(stages);
        try {
            for (int i = 1; i <= 20; i++) {
                Files.writeString(stages, original + "\n// revision " + i + "\n");
                assertEquals("ACTIVATED", reload().getString("outcome"), "reload " + i);
            }
        } finally {
            running.set(false);
        }
        int ok = 0;
        int failed = 0;
        for (Future<int[]> client : clients) {
            ok += client.get()[0];
            failed += client.get()[1];
        }
        load.shutdownNow();
        assertEquals(0, failed, "failed assessments during reloads");
        assertTrue(ok > 20, "assessments served during the reloads: " + ok);
    }
}
