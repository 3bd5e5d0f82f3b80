package dev.collections.experiment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.console.ConsoleSession;
import dev.collections.model.Arm;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.Challenger;
import dev.collections.rules.FrozenRules;
import dev.collections.rules.RuleFiles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Champion/challenger over HTTP, on rules and a database of its own: a challenger is refused like a reload; a
 * running one decides its share, every account keeps its arm on every path (stateless and recorded assessments,
 * triage, a restart) and every decision records it; it is simulated, reported, promoted through the gated
 * reload, or stopped.
 */
@QuarkusTest
@TestProfile(ExperimentResourceTest.Profile.class)
class ExperimentResourceTest {
    static final Path LIVE = Path.of("target", "experiment-live-rules").toAbsolutePath();
    static final Path CHALLENGERS = Path.of("target", "experiment-challengers").toAbsolutePath();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int ACCOUNTS = 120;
    private static final String ONE_ACCOUNT = "{\"accountId\":\"EXP-1\",\"daysPastDue\":20,\"overdueAmount\":800,"
            + "\"outstandingBalance\":5000}";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RuleFiles.copyShippedRulesTo(LIVE);
            Path comment = RuleFiles.copyShippedRulesTo(CHALLENGERS.resolve("same-policy-new-version"));
            append(comment.resolve("ladder.drl"), "\n// A challenger: the same policy under a new version\n");
            Path broken = RuleFiles.copyShippedRulesTo(CHALLENGERS.resolve("broken"));
            RuleFiles.write(broken, "broken.drl", "package rules;\nrule \"x\" when Acount() then end\n");
            Path failing = RuleFiles.copyShippedRulesTo(CHALLENGERS.resolve("failing"));
            RuleFiles.write(failing.resolve("scenarios"), "wrong.yaml", """
                    scenarios:
                      - name: A current account goes to court
                        given: { accountId: CC-W, asOf: "2026-11-22T10:15:00+08:00", daysPastDue: 0,
                                 overdueAmount: 0, outstandingBalance: 1200 }
                        expect:
                          nextAction: LEGAL_ACTION
                    """);
            RuleFiles.copyShippedRulesTo(CHALLENGERS.resolve("shipped"));
            return Map.of("collections.rules.directory", LIVE.toString(), "collections.rules.watch-interval", "0s",
                    "collections.experiments.directory", CHALLENGERS.toString(),
                    "collections.triage.output-directory", "target/experiment-runs");
        }
    }

    @Inject
    AgroalDataSource database;
    @Inject
    ActiveRuleSet active;
    @Inject
    Experiments experiments;

    static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String design(String directory, String share, LocalDate startsOn, LocalDate endsOn, int horizon) {
        return "{\"name\":\"One change\",\"challengerDirectory\":\"" + directory + "\",\"sharePercent\":" + share
                + ",\"salt\":\"test-salt\",\"startsOn\":\"" + startsOn + "\",\"endsOn\":\"" + endsOn
                + "\",\"horizonDays\":" + horizon + "}";
    }

    @Test
    void aChallengerIsRefusedLikeAReloadAndNothingIsWritten() {
        int before = given().get("/api/v1/experiments").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
        LocalDate today = today();
        given().contentType(ContentType.JSON).body(design("broken", "10", today, today.plusDays(30), 30))
                .post("/api/v1/experiments").then().statusCode(422).contentType("application/problem+json")
                .body("violations.message", hasItem(containsString("broken.drl")));
        given().contentType(ContentType.JSON).body(design("failing", "10", today, today.plusDays(30), 30))
                .post("/api/v1/experiments").then().statusCode(422)
                .body("violations.message", hasItem(containsString("A current account goes to court")));
        Path liveCopy = CHALLENGERS.resolve("live-copy");
        if (Files.exists(liveCopy)) {
            RuleFiles.delete(liveCopy);
        }
        FrozenRules.write(FrozenRules.read(active.directory()), liveCopy);
        given().contentType(ContentType.JSON).body(design("live-copy", "10", today, today.plusDays(30), 30))
                .post("/api/v1/experiments").then().statusCode(422)
                .body("violations[0].message", containsString("a challenger must change something"));
        for (String bad : new String[] {
                design("../experiment-live-rules", "10", today, today.plusDays(30), 30),
                design("nowhere", "10", today, today.plusDays(30), 30),
                design("shipped", "0", today, today.plusDays(30), 30),
                design("shipped", "50.01", today, today.plusDays(30), 30),
                design("shipped", "10.001", today, today.plusDays(30), 30),
                design("shipped", "10", today.minusDays(1), today.plusDays(30), 30),
                design("shipped", "10", today, today.minusDays(1), 30),
                design("shipped", "10", today, today.plusDays(30), 45)}) {
            given().contentType(ContentType.JSON).body(bad).post("/api/v1/experiments").then().statusCode(422)
                    .contentType("application/problem+json");
        }
        assertEquals(before, given().get("/api/v1/experiments").then().statusCode(200).extract().jsonPath()
                .getList("$").size(), "a refused experiment writes nothing");
    }

    @Test
    void aRunningExperimentKeepsEveryAccountInItsArmOnEveryPathAndIsPromotedThroughTheGate() throws Exception {
        LocalDate today = today();
        String liveVersion = given().get("/api/v1/rules").then().statusCode(200).extract().path("version");
        JsonPath created = given().contentType(ContentType.JSON)
                .body(design("same-policy-new-version", "50", today, today.plusDays(30), 30))
                .post("/api/v1/experiments").then().statusCode(201).body("status", equalTo("RUNNING"))
                .body("createdBy", equalTo("tester")).body("championVersion", equalTo(liveVersion))
                .extract().jsonPath();
        long id = created.getLong("id");
        String challengerVersion = created.getString("challengerVersion");
        given().contentType(ContentType.JSON).body(design("shipped", "10", today, today.plusDays(30), 30))
                .post("/api/v1/experiments").then().statusCode(409).contentType("application/problem+json");

        importAccounts();
        Map<String, String> rest = new HashMap<>();
        Map<String, String> recorded = new HashMap<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String account = "EXP-" + i;
            Arm expected = Challenger.bucket("test-salt", account) < 5000 ? Arm.CHALLENGER : Arm.CHAMPION;
            JsonPath answer = given().contentType(ContentType.JSON).body("{\"accountId\":\"" + account
                            + "\",\"daysPastDue\":20,\"overdueAmount\":800,\"outstandingBalance\":5000}")
                    .post("/api/v1/assessments").then().statusCode(200).extract().jsonPath();
            assertEquals(id, answer.getLong("strategy.experiment"));
            assertEquals(expected.name(), answer.getString("strategy.arm"), account);
            String version = expected == Arm.CHALLENGER ? challengerVersion : liveVersion;
            assertEquals(version, answer.getString("strategy.rulesetVersion"));
            assertEquals(version, answer.getString("rulesetVersion"));
            rest.put(account, answer.getString("strategy.arm"));
            recorded.put(account, given().contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/accounts/" + account + "/assessments").then().statusCode(200)
                    .extract().path("strategy.arm"));
        }
        assertEquals(rest, recorded, "the record path gives each account the arm the stateless path gave it");
        assertTrue(rest.containsValue("CHALLENGER") && rest.containsValue("CHAMPION"));
        assertEquals(rest, stored("SELECT account_id, arm FROM decision WHERE experiment_id = " + id
                + " AND source = 'REQUEST'"), "every decision records its arm");

        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + today + "\"}")
                .post("/api/v1/triage-runs").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(202), org.hamcrest.Matchers.is(200)));
        awaitTriage(today);
        Map<String, String> triaged = stored("SELECT account_id, arm FROM triage_work_item WHERE business_date = '"
                + today + "' AND experiment_id = " + id);
        assertEquals(rest, triaged, "triage gives each account the same arm");
        Map<String, String> versions = stored("SELECT account_id, ruleset_version FROM triage_work_item"
                + " WHERE business_date = '" + today + "'");
        versions.forEach((account, version) -> assertEquals("CHALLENGER".equals(rest.get(account))
                ? challengerVersion : liveVersion, version, account));
        given().get("/api/v1/accounts/EXP-0/decisions").then().statusCode(200)
                .body("decisions.find { it.source == 'TRIAGE' }.triage.arm", equalTo(rest.get("EXP-0")))
                .body("decisions.find { it.source == 'TRIAGE' }.triage.experiment", equalTo((int) id));

        active.startExperiment(null); // as after a restart, before the experiment is read back
        given().contentType(ContentType.JSON).body(ONE_ACCOUNT)
                .post("/api/v1/assessments").then().statusCode(200).body("strategy", nullValue());
        experiments.restore();
        for (var account : rest.entrySet()) {
            given().contentType(ContentType.JSON).body("{\"accountId\":\"" + account.getKey()
                            + "\",\"daysPastDue\":20,\"overdueAmount\":800,\"outstandingBalance\":5000}")
                    .post("/api/v1/assessments").then().statusCode(200)
                    .body("strategy.arm", equalTo(account.getValue()));
        }

        given().contentType(ContentType.JSON).body("{\"experiment\":" + id + "}").post("/api/v1/simulations")
                .then().statusCode(200).body("candidateVersion", startsWith("experiment " + id + ": "));
        given().get("/api/v1/experiments/" + id + "/report").then().statusCode(200)
                .body("verdict", equalTo("NOT_YET"))
                .body("warnings", hasItem(containsString("no winner is called before its end")));
        given().accept("text/html").get("/api/v1/experiments/" + id + "/report").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Verdict: NOT_YET"));
        given().post("/api/v1/experiments/" + id + "/promote").then().statusCode(409)
                .body("detail", containsString("runs until"));

        // the experiment has ended (its dates moved back, as if a month had passed)
        update("UPDATE experiment SET starts_on = '" + today.minusDays(31) + "', ends_on = '" + today.minusDays(1)
                + "' WHERE id = " + id);
        given().post("/api/v1/experiments/" + id + "/promote").then().statusCode(200)
                .body("status", equalTo("PROMOTED")).body("endedBy", equalTo("tester"))
                .body("promotedVersion", equalTo(challengerVersion))
                .body("promotionReport.experiment", equalTo((int) id));
        given().get("/api/v1/rules").then().statusCode(200).body("version", equalTo(challengerVersion));
        given().get("/api/v1/rules/history").then().statusCode(200)
                .body("[0].version", equalTo(challengerVersion)).body("[0].trigger", equalTo("promotion"));
        assertTrue(Files.readString(LIVE.resolve("ladder.drl")).contains("A challenger: the same policy"));
        assertFalse(stored("SELECT path, arm FROM experiment_file WHERE experiment_id = " + id
                + " AND arm = 'REPLACED'").isEmpty(), "the replaced live files are kept");
        given().contentType(ContentType.JSON).body(ONE_ACCOUNT)
                .post("/api/v1/assessments").then().statusCode(200).body("strategy", nullValue())
                .body("rulesetVersion", equalTo(challengerVersion));
        given().post("/api/v1/experiments/" + id + "/stop").then().statusCode(409);

        // a second experiment, the shipped rules now the challenger, stopped early
        long second = given().contentType(ContentType.JSON).body(design("shipped", "50", today, today.plusDays(9), 60))
                .post("/api/v1/experiments").then().statusCode(201).extract().jsonPath().getLong("id");
        // stopped from the console: an analyst's button, with the form's token
        String analyst = ConsoleSession.signIn("analyst");
        String list = ConsoleSession.as(analyst).get("/console/experiments").then().statusCode(200)
                .body(containsString("/console/experiments/" + second + "/stop")).extract().asString();
        ConsoleSession.as(ConsoleSession.signIn("auditor")).get("/console/experiments").then().statusCode(200)
                .body(not(containsString("/console/experiments/" + second + "/stop")));
        ConsoleSession.as(analyst).contentType(ContentType.URLENC).formParam("x", "y")
                .post("/console/experiments/" + second + "/stop").then().statusCode(403);
        ConsoleSession.as(analyst).contentType(ContentType.URLENC).formParam("_csrf", ConsoleSession.token(list))
                .post("/console/experiments/" + second + "/promote").then().statusCode(409)
                .body(containsString("id=\"experiment-refused\""));
        ConsoleSession.as(analyst).contentType(ContentType.URLENC).formParam("_csrf", ConsoleSession.token(list))
                .post("/console/experiments/" + second + "/stop").then().statusCode(303);
        given().get("/api/v1/experiments/" + second).then().statusCode(200)
                .body("status", equalTo("STOPPED")).body("endedBy", equalTo("analyst")).body("endedAt", notNullValue());
        given().post("/api/v1/experiments/" + second + "/stop").then().statusCode(409);
        given().contentType(ContentType.JSON).body(ONE_ACCOUNT)
                .post("/api/v1/assessments").then().statusCode(200).body("strategy", nullValue());
        given().get("/api/v1/experiments/" + second).then().statusCode(200).body("status", equalTo("STOPPED"));
        given().get("/api/v1/experiments/9999").then().statusCode(404);
    }

    private void importAccounts() throws Exception {
        Path extract = Path.of("target/test-inbound/experiment-accounts");
        Files.createDirectories(extract);
        StringBuilder csv = new StringBuilder("accountId,daysPastDue,overdueAmount,outstandingBalance,riskGrade\n");
        for (int i = 0; i < ACCOUNTS; i++) {
            csv.append("EXP-").append(i).append(',').append(5 + i % 90).append(",800.00,5000.00,LOW\n");
        }
        Files.writeString(extract.resolve("accounts.csv"), csv);
        given().contentType(ContentType.JSON).body("{\"extract\":\"experiment-accounts\"}").post("/api/v1/imports")
                .then().statusCode(200);
    }

    private static void awaitTriage(LocalDate date) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath run = given().get("/api/v1/triage-runs/" + date).then().statusCode(200).extract().jsonPath();
            if ("COMPLETED".equals(run.getString("status"))) {
                return;
            }
            assertFalse("FAILED".equals(run.getString("status")), run.prettify());
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not complete within a minute");
    }

    private Map<String, String> stored(String sql) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            c.setSchema("collections");
            try (var rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return rows;
    }

    private void update(String sql) throws Exception {
        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            c.setSchema("collections");
            s.executeUpdate(sql);
        }
    }
}
