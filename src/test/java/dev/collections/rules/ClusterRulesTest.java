package dev.collections.rules;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster's live rule set lives in the database: a set another replica put live (recorded with its files) is
 * followed here within seconds, the rules directory made to hold it; a replica starting with an empty directory
 * serves the cluster's version. (The other replica is this test writing to the shared database as one would.)
 */
@QuarkusTest
@TestProfile(ClusterRulesTest.Profile.class)
class ClusterRulesTest {
    static final Path DIR = Path.of("target", "cluster-rules").toAbsolutePath();
    static final Path CHALLENGERS = Path.of("target", "cluster-challengers").toAbsolutePath();
    private static final String REQUEST = """
            {"accountId":"CC-CLUSTER","asOf":"2026-11-22T10:15:00+08:00","daysPastDue":20,
             "overdueAmount":800,"outstandingBalance":5000}""";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RuleFiles.copyShippedRulesTo(DIR);
            Path challenger = RuleFiles.copyShippedRulesTo(CHALLENGERS.resolve("new-version"));
            RuleFiles.write(challenger, "notes.drl", "package rules;\n// the same policy under a new version\n");
            return Map.of("collections.rules.directory", DIR.toString(), "collections.rules.watch-interval", "0s",
                    "collections.rules.follow-interval", "1s", "collections.experiments.directory",
                    CHALLENGERS.toString());
        }
    }

    @Inject
    RuleSetHistory history;
    @Inject
    RuleReloader reloader;
    @Inject
    ActiveRuleSet active;
    @Inject
    javax.sql.DataSource database;

    @AfterEach
    void backToTheShippedRules() {
        RuleFiles.copyShippedRulesTo(DIR);
        given().post("/api/v1/rules/reload").then().statusCode(200);
    }

    private static String liveVersion() {
        return given().get("/api/v1/rules").then().statusCode(200).extract().path("version");
    }

    /** What another replica records when a changed set passes its gate there. */
    private String putLiveElsewhere(String comment) throws Exception {
        var files = FrozenRules.read(DIR);
        files.put("stages.drl", files.get("stages.drl") + "// " + comment + "\n");
        RuleSet elsewhere = FrozenRules.compile(files);
        assertTrue(elsewhere.isValid());
        history.record(elsewhere, "api", files);
        return elsewhere.version();
    }

    @Test
    void aSetAnotherReplicaPutLiveIsFollowedWithinSeconds() throws Exception {
        String before = liveVersion();
        String other = putLiveElsewhere("changed on replica B");
        assertNotEquals(before, other);
        String live = before;
        for (int i = 0; i < 100 && !live.equals(other); i++) {
            Thread.sleep(100);
            live = liveVersion();
        }
        assertEquals(other, live, "followed within 10 s (the interval is 1 s)");
        JsonPath answer = given().contentType(ContentType.JSON).body(REQUEST).post("/api/v1/assessments").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(other, answer.getString("rulesetVersion"));
        assertEquals("cluster", given().get("/api/v1/rules").then().extract().path("lastReload.trigger"));
        assertTrue(Files.readString(DIR.resolve("stages.drl")).contains("changed on replica B"),
                "the directory holds the live set: reloading it is no step back");
        assertEquals("UNCHANGED", given().post("/api/v1/rules/reload").then().extract().path("outcome"));
    }

    @Test
    void aReplicaStartingWithAnEmptyDirectoryServesTheClustersVersion() throws Exception {
        String other = putLiveElsewhere("the cluster's set");
        Reload started;
        // a start-up has no follower running beside it: the follower (every second) waits for the reloader's lock
        synchronized (io.quarkus.arc.ClientProxy.unwrap(reloader)) {
            RuleFiles.delete(DIR);
            Files.createDirectories(DIR);
            started = reloader.startup();
        }
        assertEquals("ACTIVATED", started.outcome().name());
        assertEquals(other, liveVersion());
        assertTrue(started.warnings().get(0).contains("holds no rule set that passes its checks"), started.warnings()
                .toString());
        given().contentType(ContentType.JSON).body(REQUEST).post("/api/v1/assessments").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        assertEquals(0, Files.list(DIR).count(), "the directory is left as it was found at start-up");
    }

    @Test
    void aDirectoryEditedWhileStoppedIsNotPutLiveByARestartButByAReload() throws Exception {
        String live = liveVersion();
        Path stages = DIR.resolve("stages.drl");
        Files.writeString(stages, Files.readString(stages) + "// edited while the service was stopped\n");
        Reload started = reloader.startup();
        assertEquals(live, liveVersion(), "a restart serves the cluster's set");
        assertTrue(started.warnings().get(0).contains("POST /api/v1/rules/reload"));
        String reloaded = given().post("/api/v1/rules/reload").then().extract().path("activeVersion");
        assertNotEquals(live, reloaded, "a reload puts the edit live, for every replica");
        assertEquals(reloaded, history.latestKept().orElseThrow());
    }

    @Test
    void anExperimentStartedOrStoppedThroughAnotherReplicaAppliesHereWithinSeconds() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long id = given().contentType(ContentType.JSON).body("{\"name\":\"The same policy, a new version\","
                        + "\"challengerDirectory\":\"new-version\",\"sharePercent\":10,\"salt\":\"cluster\",\"startsOn\":\""
                        + today + "\",\"endsOn\":\"" + today.plusDays(20) + "\",\"horizonDays\":30}")
                .post("/api/v1/experiments").then().statusCode(201).extract().jsonPath().getLong("id");
        active.endExperiment(id);   // as a replica that has not heard of it yet
        for (int i = 0; i < 100 && active.challenger() == null; i++) {
            Thread.sleep(100);
        }
        assertTrue(active.challenger() != null && active.challenger().experiment() == id,
                "the experiment the database runs is followed here");
        try (var c = dev.collections.common.Database.open(database);
             var s = c.prepareStatement("UPDATE experiment SET status = 'STOPPED' WHERE id = ?")) {
            s.setLong(1, id);   // as another replica's stop does
            s.executeUpdate();
        }
        for (int i = 0; i < 100 && active.challenger() != null; i++) {
            Thread.sleep(100);
        }
        assertEquals(null, active.challenger(), "stopped elsewhere, it is stopped here");
    }
}
