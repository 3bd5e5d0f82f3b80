package dev.collections.console;

import static dev.collections.console.ConsoleSession.as;
import static dev.collections.console.ConsoleSession.signIn;
import static dev.collections.console.ConsoleSession.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The agencies page (policy.md rev. 3): operators see every agency with its standing and change it with a reason
 * (the change is kept with who and why); auditors and analysts read; the league table in English and Chinese.
 */
@QuarkusTest
class ConsoleAgenciesTest {

    @Test
    void operatorsSuspendAnAgencyWithAReasonAndEveryoneElseReads() {
        LocalDate today = LocalDate.now();
        long id = given().auth().preemptive().basic("operator", "dev-operator").contentType(ContentType.JSON)
                .body("{\"name\":\"Console Recoveries\",\"licenceNumber\":\"CON-LIC-1\",\"regions\":[\"310101\"],"
                        + "\"stages\":[\"M4+\"],\"capacity\":50,\"feeRate\":0.18,\"contractFrom\":\""
                        + today.minusDays(10) + "\",\"contractUntil\":\"" + today.plusDays(300) + "\"}")
                .post("/api/v1/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
        String operator = signIn("operator");
        String page = as(operator).get("/console/agencies").then().statusCode(200)
                .body(containsString("Console Recoveries")).body(containsString("CON-LIC-1"))
                .body(containsString("18%")).extract().asString();
        assertTrue(page.contains("action=\"/console/agencies/" + id + "/status\""), "operators may change it");

        as(operator).contentType(ContentType.URLENC).formParam("status", "SUSPENDED").formParam("reason", "audit")
                .post("/console/agencies/" + id + "/status").then().statusCode(403);
        as(operator).contentType(ContentType.URLENC).formParam("_csrf", token(page)).formParam("status", "SUSPENDED")
                .formParam("reason", " ").post("/console/agencies/" + id + "/status").then().statusCode(422);
        as(operator).contentType(ContentType.URLENC).formParam("_csrf", token(page)).formParam("status", "SLEEPING")
                .formParam("reason", "x").post("/console/agencies/" + id + "/status").then().statusCode(422);
        given().auth().preemptive().basic("operator", "dev-operator").get("/api/v1/agencies/" + id).then()
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));

        as(operator).contentType(ContentType.URLENC).formParam("_csrf", token(page)).formParam("status", "SUSPENDED")
                .formParam("reason", "complaints about night calls").post("/console/agencies/" + id + "/status")
                .then().statusCode(303).header("Location", containsString("/console/agencies?done=" + id));
        given().auth().preemptive().basic("auditor", "dev-auditor").get("/api/v1/agencies/" + id + "/status-history")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.hasItem("SUSPENDED"))
                .body("changedBy", org.hamcrest.Matchers.hasItem("operator"))
                .body("reason", org.hamcrest.Matchers.hasItem("complaints about night calls"));

        String auditor = signIn("auditor");
        String read = as(auditor).get("/console/agencies").then().statusCode(200)
                .body(containsString("complaints about night calls")).body(containsString("Suspended"))
                .extract().asString();
        assertTrue(!read.contains("/status\""), "an auditor reads and changes nothing");
        as(auditor).contentType(ContentType.URLENC).formParam("_csrf", token(read)).formParam("status", "ACTIVE")
                .formParam("reason", "x").post("/console/agencies/" + id + "/status").then().statusCode(403);

        as(signIn("analyst")).queryParam("lang", "zh").get("/console/agencies").then().statusCode(200)
                .body(containsString("委外")).body(containsString("已暂停")).body(containsString("回收率"))
                .body(not(containsString(">SUSPENDED<")));
        as(signIn("core-banking")).get("/console/agencies").then().statusCode(403);
    }
}
