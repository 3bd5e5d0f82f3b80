package dev.collections.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    static String example() throws IOException {
        try (InputStream in = AssessmentResourceTest.class.getResourceAsStream("/example-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonPath assess(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assessments")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    /** Accept-Language: the reason and the note in Chinese or English; every code as it is, for machines. */
    @Test
    void theReasonIsSaidInTheCallersLanguageAndTheCodesStayAsTheyAre() throws IOException {
        JsonPath english = given().contentType(ContentType.JSON).header("Accept-Language", "en-GB").body(example())
                .post("/api/v1/assessments").then().statusCode(200).header("Content-Language", "en")
                .extract().jsonPath();
        JsonPath chinese = given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .body(example()).post("/api/v1/assessments").then().statusCode(200).header("Content-Language", "zh")
                .extract().jsonPath();
        assertEquals("The autodebit failed: tell the customer, without blame; SMS held back (the customer opted out of"
                + " this channel), so no action", english.getString("nextAction.reason"));
        assertEquals("自动扣款失败：告知客户，不归咎于客户；短信提醒暂缓（客户已拒绝该联系渠道），改为暂不催收",
                chinese.getString("nextAction.reason"));
        for (String code : new String[] {"nextAction.type", "nextAction.rule", "suppressed", "tasks", "creditReport",
                "firedRules", "stage"}) {
            assertEquals(english.getString(code), chinese.getString(code), code + " stays a code");
        }
        given().contentType(ContentType.JSON).body(example()).post("/api/v1/assessments").then().statusCode(200)
                .header("Content-Language", "en").body("nextAction.reason", startsWith("The autodebit failed"));
        given().contentType(ContentType.JSON).header("Accept-Language", "fr, de;q=0.5").body(example())
                .post("/api/v1/assessments").then().statusCode(200).header("Content-Language", "en");
        String visit = """
                {"accountId":"LANG-VISIT","asOf":"2026-11-23T10:00:00+08:00","daysPastDue":64,"overdueAmount":6200,
                 "outstandingBalance":18000,"customer":{"addressVerified":true,"phoneReachable":false}}""";
        given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN").body(visit)
                .post("/api/v1/assessments").then().statusCode(200).body("nextAction.type", equalTo("HOME_VISIT"))
                .body("nextAction.reason", equalTo("逾期 60 至 89 天，逾期金额不低于 5,000"))
                .body("nextAction.note", equalTo("由两名工作人员一同上门"));
    }

    @Test
    void theApiExampleIsDecidedByThePolicy() throws IOException {
        given().contentType(ContentType.JSON).body(example())
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("assessmentId", notNullValue())
                .body("accountId", equalTo("CC-0001"))
                .body("assessedAt", notNullValue())
                .body("rulesetVersion", startsWith("sha256:"))
                .body("stage", equalTo("M3"))
                // A3 proposes an SMS, but the customer opted out of SMS (G1): SMS falls back to NONE
                .body("nextAction.type", equalTo("NONE"))
                .body("nextAction.notBefore", equalTo("2026-11-22T10:15:00+08:00"))
                .body("nextAction.rule", equalTo("Autodebit failure is not the customer's fault"))
                .body("reliefOffers.type", containsInAnyOrder("DEFERRAL", "PENALTY_INTEREST_WAIVER"))
                .body("reliefOffers.find { it.type == 'DEFERRAL' }.maxTermMonths", equalTo(3))
                .body("suppressed.findAll { it.reason == 'HARDSHIP' }.action",
                        containsInAnyOrder("HOME_VISIT", "LEGAL_ACTION"))
                .body("suppressed.find { it.action == 'SMS' }.reason", equalTo("CUSTOMER_OPT_OUT"))
                .body("tasks.type", contains("RETRY_AUTODEBIT"))
                .body("creditReport.decision", equalTo("HOLD"))
                .body("creditReport.reason", equalTo("AUTODEBIT_FAILURE"))
                .body("creditReport.rule", equalTo("Autodebit failure is not the customer's fault"))
                .body("firedRules", hasItem("Verified temporary hardship gets a deferral and a penalty-interest waiver"));
    }

    @Test
    void theSameRequestGetsTheSameAnswerButForIdAndTime() throws IOException {
        Map<String, Object> first = assess(example()).getMap("");
        Map<String, Object> second = assess(example()).getMap("");
        assertNotEquals(first.get("assessmentId"), second.get("assessmentId"));
        first.remove("assessmentId");
        second.remove("assessmentId");
        first.remove("assessedAt");
        second.remove("assessedAt");
        assertEquals(first, second);
    }

    @Test
    void onlyTheRequiredFieldsAreNeeded() {
        JsonPath answer = assess("""
                {"accountId":"CC-2","daysPastDue":20,"overdueAmount":1500,"outstandingBalance":9000.5}""");
        assertEquals("M1", answer.getString("stage"));
        assertEquals("CALL", answer.getString("nextAction.type"));
        // customer defaults: not yet told about credit reporting
        assertEquals("NOTIFY_FIRST", answer.getString("creditReport.decision"));
    }

    @Test
    void absentAsOfMeansNowInTheCustomersZone() {
        JsonPath answer = assess("""
                {"accountId":"CC-3","daysPastDue":0,"overdueAmount":0,"outstandingBalance":0,
                 "timezone":"Europe/Berlin"}""");
        String notBefore = answer.getString("nextAction.notBefore");
        assertEquals(true, notBefore.endsWith("+01:00") || notBefore.endsWith("+02:00"), notBefore);
        assertEquals("NONE", answer.getString("creditReport.decision"));
    }

    @Test
    void theRuleSetIsListedWithItsFilesAndRules() {
        given().when().get("/api/v1/rules")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("version", startsWith("sha256:"))
                .body("files.path", hasItem("ladder.drl"))
                .body("rules.find { it.name == 'Arrears past the reminder days and before stage M3 get a call' }.file", equalTo("ladder.drl"))
                .body("errors", org.hamcrest.Matchers.empty());
    }

    @Test
    void theServiceIsReadyWithAValidRuleSet() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'rules' }.status", equalTo("UP"));
    }

    @Test
    void creditReportReasonIsAbsentWhenNotHeld() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"accountId":"CC-4","asOf":"2026-11-22T10:15:00+08:00","daysPastDue":20,
                         "overdueAmount":1500,"outstandingBalance":9000,"customer":{"creditReportNotified":true}}""")
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("creditReport.decision", equalTo("REPORT"))
                .body("creditReport.reason", nullValue())
                .body("nextAction.reason", not(equalTo("")));
    }
}
