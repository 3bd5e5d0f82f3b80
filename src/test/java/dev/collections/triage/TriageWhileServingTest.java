package dev.collections.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Operations start the nightly triage while core banking keeps calling: assessments, stateless and from the
 * record, are answered (200, with their decision) all through the run, and the run finishes complete.
 */
@QuarkusTest
class TriageWhileServingTest {
    private static final int ACCOUNTS = 40_000;
    private static final LocalDate DAY = LocalDate.now().minusDays(200);

    @Test
    void assessmentsAreAnsweredWhileARunIsOn() throws Exception {
        Path extract = Path.of("target/test-inbound/while-serving");
        Files.createDirectories(extract);
        try (BufferedWriter out = Files.newBufferedWriter(extract.resolve("accounts.csv"))) {
            out.write("accountId,daysPastDue,overdueAmount,outstandingBalance,riskGrade\n");
            for (int i = 0; i < ACCOUNTS; i++) {
                out.write("TWS-" + i + "," + (1 + i % 90) + ",800.00,9000.00,LOW\n");
            }
        }
        given().contentType(ContentType.JSON).body("{\"extract\":\"while-serving\"}").post("/api/v1/imports")
                .then().statusCode(200).body("files[0].accepted", equalTo(ACCOUNTS));

        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + DAY + "\"}")
                .post("/api/v1/triage-runs").then().statusCode(anyOf(is(202), is(200)));
        int answeredDuringRun = 0;
        JsonPath run = run();
        for (int i = 0; "RUNNING".equals(run.getString("status")); i++) {
            given().contentType(ContentType.JSON).body("""
                    {"accountId":"TWS-REQ-%d","asOf":"2026-11-22T10:15:00+08:00","daysPastDue":20,
                     "overdueAmount":800,"outstandingBalance":5000}""".formatted(i))
                    .post("/api/v1/assessments").then().statusCode(200).body("nextAction.type", equalTo("CALL"));
            given().contentType(ContentType.JSON).body("{}").post("/api/v1/accounts/TWS-" + i + "/assessments")
                    .then().statusCode(200);
            run = run();
            if ("RUNNING".equals(run.getString("status"))) {
                answeredDuringRun++;
            }
        }
        assertTrue(answeredDuringRun >= 3, "assessments answered while the run was on: " + answeredDuringRun);
        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        assertEquals(run.getInt("total"), run.getInt("processed"));
        assertEquals(0, run.getInt("errors"));
    }

    private static JsonPath run() {
        return given().get("/api/v1/triage-runs/" + DAY).then().statusCode(200).extract().jsonPath();
    }
}
