package dev.collections.score;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An analyst's models over HTTP: a model trained from the UCI portfolio is stored with its report, not live; it goes
 * live through the gate; a worse one (it saw only the balance) and an uncalibrated one (it learnt
 * from shuffled outcomes) are refused with the figures that failed; a
 * rollback puts back the model live before, and with none before switches the score off. Bad input writes nothing.
 */
@QuarkusTest
class ScoreModelResourceTest {

    @Inject
    ScoreModels models;

    /** No model stays live for the other tests, whatever happened here. */
    @org.junit.jupiter.api.AfterEach
    void switchOff() {
        given().delete("/api/v1/score-models/live").then().statusCode(204);
    }

    @Test
    void trainPutLiveRefuseAWorseModelAndRollBack() throws Exception {
        String version = given().contentType(ContentType.JSON).body("{\"source\":\"UCI\",\"seed\":42}")
                .post("/api/v1/score-models").then().statusCode(201)
                .header("Location", containsString("/api/v1/score-models/score-"))
                .body("live", equalTo(false)).body("auc", greaterThanOrEqualTo(0.77f))
                .body("trainedBy", equalTo("tester")).body("report.groups.sex.female.accounts", greaterThanOrEqualTo(1))
                .body("report.baseline.auc", greaterThanOrEqualTo(0.7f))
                .extract().path("version");
        given().post("/api/v1/score-models/" + version + "/live").then().statusCode(200).body("live", equalTo(true));
        given().get("/api/v1/score-models").then().statusCode(200)
                .body("find { it.version == '" + version + "' }.live", equalTo(true));

        String worse = models.store(balanceOnly(), "tester").version;
        given().post("/api/v1/score-models/" + worse + "/live").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://collections.dev/problems/score-model-refused"))
                .body("detail", containsString("ranks worse than the live model " + version));
        String uncalibrated = models.store(shuffled(), "tester").version;
        given().post("/api/v1/score-models/" + uncalibrated + "/live").then().statusCode(409)
                .body("detail", containsString(uncalibrated + " is not calibrated"));
        given().get("/api/v1/score-models/" + version).then().statusCode(200).body("live", equalTo(true));

        given().post("/api/v1/score-models/rollback").then().statusCode(204);
        given().get("/api/v1/score-models").then().statusCode(200).body("live", org.hamcrest.Matchers.not(hasItem(true)));
        given().post("/api/v1/score-models/" + version + "/live").then().statusCode(200);
        given().post("/api/v1/score-models/rollback").then().statusCode(204);
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        int before = given().get("/api/v1/score-models").then().statusCode(200).extract().path("size()");
        given().contentType(ContentType.JSON).body("{\"source\":\"SOMEWHERE\",\"heldOut\":0.9}")
                .post("/api/v1/score-models").then().statusCode(422)
                .body("violations.field", hasItem("source")).body("violations.field", hasItem("heldOut"));
        given().contentType(ContentType.JSON).body("{\"source\":\"OUTCOMES\",\"horizonDays\":45}")
                .post("/api/v1/score-models").then().statusCode(422)
                .body("violations.field", hasItem("horizonDays")).body("violations.field", hasItem("from"));
        given().contentType(ContentType.JSON).body("{\"source\":\"OUTCOMES\",\"from\":\"2099-01-01\"}")
                .post("/api/v1/score-models").then().statusCode(409)
                .body("detail", containsString("at least 1000 are needed"));
        given().post("/api/v1/score-models/score-000000000000/live").then().statusCode(404);
        given().get("/api/v1/score-models").then().statusCode(200).body("size()", equalTo(before));
    }

    /** A calibrated but weaker model: it saw only each account's latest balance. */
    private static ScoreTrainer.Trained balanceOnly() throws Exception {
        List<Example> stripped = new ArrayList<>();
        for (Example e : UciExamples.read(UciExamples.DATA)) {
            var last = e.history().positions().get(e.history().positions().size() - 1);
            var position = new ScoreHistory.Position(0, 0, last.balanceCents(), 0);
            stripped.add(new Example(e.accountId(), new ScoreHistory(List.of(position), null, null), e.outcome(),
                    e.observedAt(), e.groups(), e.stage()));
        }
        return ScoreTrainer.train("UCI, latest balance only", "default", Split.seeded(stripped, 42, 0.3), 42);
    }

    /** A model that learnt from outcomes dealt at random: it ranks no better than chance. */
    private static ScoreTrainer.Trained shuffled() throws Exception {
        List<Example> examples = UciExamples.read(UciExamples.DATA).subList(0, 3_000);
        Random random = new Random(7);
        List<Example> dealt = new ArrayList<>();
        for (Example e : examples) {
            dealt.add(new Example(e.accountId(), e.history(), random.nextDouble() < 0.22 ? 1 : 0, e.observedAt(),
                    e.groups(), e.stage()));
        }
        return ScoreTrainer.train("UCI, outcomes shuffled", "default", Split.seeded(dealt, 1, 0.3), 1);
    }
}
