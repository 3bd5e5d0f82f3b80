package dev.collections.score;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.account.PortfolioCursor;
import dev.collections.account.RecordedAccount;
import dev.collections.common.SqlDialect;
import dev.collections.console.ConsoleSession;
import dev.collections.experiment.Experiments;
import dev.collections.model.Arm;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.Challenger;
import dev.collections.triage.TriageEvaluator;
import dev.collections.triage.WorkItem;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A score model as an experiment's challenger (issue 31): the same live rules on both arms, the challenger's accounts
 * scored by a candidate model and the champion's as today (no model live: by the stage's roll rate), on the REST path,
 * at night and after a restart; the report names the model; the promotion puts it live through the model's gate and
 * leaves the rules as they are. Refused: a model not stored, no change at all.
 */
@QuarkusTest
class ScoreExperimentTest {
    private static final String PREFIX = "SCOREXP-";
    private static final int ACCOUNTS = 24;

    @Inject
    ScoreModels models;
    @Inject
    ActiveRuleSet active;
    @Inject
    Experiments experiments;
    @Inject
    AgroalDataSource database;

    @AfterEach
    void cleanUp() {
        experiments.list().stream().filter(e -> e.status.name().equals("RUNNING"))
                .forEach(e -> given().post("/api/v1/experiments/" + e.id + "/stop"));
        given().delete("/api/v1/score-models/live").then().statusCode(204);
    }

    private static String design(String model, String directory, LocalDate today) {
        return "{\"name\":\"Score-driven priority\"," + (directory == null ? "" : "\"challengerDirectory\":\""
                + directory + "\",") + (model == null ? "" : "\"challengerScoreModel\":\"" + model + "\",")
                + "\"sharePercent\":50,\"salt\":\"score-salt\",\"startsOn\":\"" + today + "\",\"endsOn\":\""
                + today.plusDays(30) + "\",\"horizonDays\":30}";
    }

    @Test
    void aCandidateModelScoresTheChallengersAccountsOnlyAndIsPromotedThroughItsGate() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        given().delete("/api/v1/score-models/live").then().statusCode(204);
        String model = models.trainFromUci(42, 0.3, "tester").version;
        String liveRules = active.requireValid().version();

        given().contentType(ContentType.JSON).body(design("score-000000abcdef", null, today))
                .post("/api/v1/experiments").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("challengerScoreModel"));
        given().contentType(ContentType.JSON).body(design(null, null, today))
                .post("/api/v1/experiments").then().statusCode(422)
                .body("violations.field", hasItem("challengerDirectory"));
        given().post("/api/v1/score-models/" + model + "/live").then().statusCode(200);
        given().contentType(ContentType.JSON).body(design(model, null, today)).post("/api/v1/experiments").then()
                .statusCode(422).body("violations[0].message", containsString("a challenger must change something"));
        given().delete("/api/v1/score-models/live").then().statusCode(204);

        // an analyst starts the same experiment from the console: the live rules, the model chosen from those stored
        String analyst = ConsoleSession.signIn("analyst");
        String page = ConsoleSession.as(analyst).header("Accept-Language", "zh-CN").get("/console/experiments").then()
                .statusCode(200).body(containsString("挑战者行为评分模型")).body(containsString("现行规则（只换行为评分模型）"))
                .body(containsString("<option value=\"" + model + "\">")).extract().asString();
        String started = ConsoleSession.as(analyst).contentType(ContentType.URLENC)
                .formParam("_csrf", ConsoleSession.token(page)).formParam("name", "Score from the console")
                .formParam("challenger", "").formParam("scoreModel", model).formParam("share", "20")
                .formParam("startsOn", today.toString()).formParam("endsOn", today.plusDays(10).toString())
                .formParam("horizon", "30").post("/console/experiments").then().statusCode(303).extract()
                .header("Location");
        String fromConsole = started.replaceAll(".*[?&]id=([0-9]+).*", "$1");
        given().get("/api/v1/experiments/" + fromConsole).then().statusCode(200)
                .body("challengerScoreModel", equalTo(model)).body("challengerVersion", equalTo(liveRules));
        given().post("/api/v1/experiments/" + fromConsole + "/stop").then().statusCode(200);

        long id = given().contentType(ContentType.JSON).body(design(model, null, today)).post("/api/v1/experiments")
                .then().statusCode(201).body("challengerScoreModel", equalTo(model))
                .body("challengerDirectory", nullValue()).body("challengerVersion", equalTo(liveRules))
                .extract().jsonPath().getLong("id");

        Map<String, JsonPath> answers = new HashMap<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String account = PREFIX + i;
            given().contentType(ContentType.JSON).body(Map.of("daysPastDue", 20 + i * 3, "overdueAmount", 2000,
                    "outstandingBalance", 10000 + i * 100)).put("/api/v1/accounts/" + account).then()
                    .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                            org.hamcrest.Matchers.is(201)));
            answers.put(account, assess(account));
        }
        int challengers = 0;
        for (var answer : answers.entrySet()) {
            JsonPath a = answer.getValue();
            Arm arm = Challenger.bucket("score-salt", answer.getKey()) < 5000 ? Arm.CHALLENGER : Arm.CHAMPION;
            assertEquals(arm.name(), a.getString("strategy.arm"), answer.getKey());
            assertEquals(liveRules, a.getString("rulesetVersion"), "both arms decide by the live rules");
            if (arm == Arm.CHALLENGER) {
                challengers++;
                assertEquals(model, a.getString("score.model"), answer.getKey());
                assertTrue(a.getString("priority.basis").contains("probability"), a.getString("priority.basis"));
            } else {
                assertNull(a.get("score"), answer.getKey() + " is the champion's: no model is live");
                assertTrue(a.getString("priority.basis").contains("rate"), a.getString("priority.basis"));
            }
        }
        assertTrue(challengers > 0 && challengers < ACCOUNTS, challengers + " of " + ACCOUNTS);

        // at night each account gets the priority its arm gave it by day
        for (WorkItem item : night(today)) {
            assertEquals(0, item.priority().compareTo(new BigDecimal(answers.get(item.accountId())
                    .getString("priority.value"))), item.accountId() + " at night: " + item.priority());
        }
        // after a restart the experiment is read back with its model
        active.startExperiment(null);
        experiments.restore();
        answers.forEach((account, before) -> assertEquals(before.getString("score.model"),
                assess(account).getString("score.model"), account));

        given().get("/api/v1/experiments/" + id + "/report").then().statusCode(200)
                .body("challengerScoreModel", equalTo(model));
        given().accept("text/html").get("/api/v1/experiments/" + id + "/report").then().statusCode(200)
                .body(containsString("id=\"challenger-score-model\"")).body(containsString(model));
        ConsoleSession.as(ConsoleSession.signIn("auditor"))
                .header("Accept-Language", "zh-CN").get("/console/experiments/" + id + "/report").then()
                .statusCode(200).body(containsString("挑战者行为评分模型")).body(containsString(model));

        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE experiment SET starts_on = '" + today.minusDays(31) + "', ends_on = '"
                    + today.minusDays(1) + "' WHERE id = " + id);
        }
        given().post("/api/v1/experiments/" + id + "/promote").then().statusCode(200)
                .body("status", equalTo("PROMOTED")).body("promotedVersion", equalTo(liveRules));
        given().get("/api/v1/score-models/" + model).then().statusCode(200).body("live", equalTo(true));
        given().get("/api/v1/rules").then().statusCode(200).body("version", equalTo(liveRules));
        String champion = answers.keySet().stream().filter(a -> answers.get(a).get("score") == null).findFirst()
                .orElseThrow();
        JsonPath after = assess(champion);
        assertNull(after.get("strategy"));
        assertEquals(model, after.getString("score.model"), "the promoted model scores every account");
    }

    private JsonPath assess(String accountId) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/v1/accounts/" + accountId + "/assessments")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The experiment's accounts decided as the night decides them: the challenger's scored by its model. */
    private java.util.List<WorkItem> night(LocalDate date) throws Exception {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            Challenger challenger = active.challenger();
            assertNotNull(challenger);
            var evaluator = new TriageEvaluator(active.requireValid(), ZoneId.of("Asia/Shanghai"), 10_000, date,
                    dev.collections.policy.RollRates.NONE, challenger, LiveScore.at(c, OffsetDateTime.now()),
                    LiveScore.of(c, challenger.scoreModel()));
            java.util.List<RecordedAccount> chunk = new java.util.ArrayList<>();
            try (var cursor = new PortfolioCursor(c, SqlDialect.of(c), PREFIX, PREFIX + "Z", null, 100,
                    evaluator.behaviourAsOf())) {
                while (cursor.hasNext()) {
                    chunk.add(cursor.next());
                }
            }
            c.rollback();
            // one chunk, both arms in it, each scored together with its own arm's model as the night scores them
            java.util.List<WorkItem> items = evaluator.decide(chunk);
            assertEquals(ACCOUNTS, items.size());
            return items;
        }
    }
}
