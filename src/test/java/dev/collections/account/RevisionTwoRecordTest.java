package dev.collections.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Policy revision 2's new facts through the record: the unpaid principal in the snapshot, an arrangement's term and
 * next due date, a break the bank caused (set by PATCH) that keeps the account protected and does not count against
 * the customer, a request for a plan; and the 422s that guard them.
 */
@QuarkusTest
class RevisionTwoRecordTest {

    @Test
    void anArrangementTheBankBrokeProtectsTheAccountAndIsNotCountedAgainstTheCustomer() {
        String id = "CC-REV2-1";
        Api.putAccount(id, """
                {"daysPastDue":100,"overdueAmount":8000,"outstandingBalance":30000,"principalOutstanding":26000,
                 "timezone":"Asia/Shanghai","customer":{"creditReportNotified":true,"addressVerified":true}}""");
        Api.post(id, "arrangements", "{\"type\":\"INSTALLMENT\",\"status\":\"BROKEN\"}", null).then().statusCode(201);
        int bankBroke = Api.post(id, "arrangements", """
                {"type":"INSTALLMENT","status":"ACTIVE","signedOn":"2026-08-01","termMonths":24,
                 "nextDueDate":"2026-12-20"}""", null).then().statusCode(201).extract().path("id");
        Api.patch(id, "arrangements/" + bankBroke, "{\"status\":\"BROKEN\",\"brokenByBank\":true}")
                .then().statusCode(200);

        JsonPath record = Api.account(id);
        assertEquals(26000f, record.getFloat("principalOutstanding"));
        assertTrue(record.getList("arrangements.brokenByBank").contains(true));

        JsonPath answer = Api.assess(id, "{\"asOf\":\"2026-11-22T10:15:00+08:00\"}");
        assertEquals("NONE", answer.getString("nextAction.type"));
        assertEquals(List.of("RESTORE_ARRANGEMENT", "CORRECT_CREDIT_REPORT"), answer.getList("tasks.type"));
        assertEquals("ACTIVE_ARRANGEMENT", answer.getString("creditReport.reason"));

        JsonPath decisions = Api.decisions(id, "");
        assertEquals(1, decisions.getInt("decisions[0].facts.arrangement.brokenArrangements"),
                "only the break the customer caused counts");
        assertEquals(true, decisions.getBoolean("decisions[0].facts.arrangement.brokenByBank"));
        assertEquals(26000f, decisions.getFloat("decisions[0].facts.principalOutstanding"));
    }

    @Test
    void aRequestForAPlanRecordedAsAContactStartsTheNegotiation() {
        String id = "CC-REV2-2";
        Api.putAccount(id, """
                {"daysPastDue":40,"overdueAmount":3000,"outstandingBalance":9000,"timezone":"Asia/Shanghai",
                 "customer":{"creditReportNotified":true}}""");
        Api.post(id, "contacts", Api.contact("CALL", "2026-11-20T10:00:00+08:00", "PLAN_REQUESTED"), null)
                .then().statusCode(201);
        JsonPath answer = Api.assess(id, "{\"asOf\":\"2026-11-22T10:15:00+08:00\"}");
        assertEquals(List.of("NEGOTIATE_PLAN"), answer.getList("tasks.type"));
        assertEquals(List.of("INSTALLMENT_PLAN"), answer.getList("reliefOffers.type"));
    }

    @Test
    void theNewFactsAreValidatedAndABadValueWritesNothing() {
        String id = "CC-REV2-3";
        given().contentType(ContentType.JSON).body("""
                {"daysPastDue":10,"overdueAmount":100,"outstandingBalance":1000,"principalOutstanding":1000.01}""")
                .when().put("/api/v1/accounts/" + id)
                .then().statusCode(422).body("violations.field", hasItem("principalOutstanding"));
        given().when().get("/api/v1/accounts/" + id).then().statusCode(404);

        Api.putAccount(id, "{\"daysPastDue\":10,\"overdueAmount\":100,\"outstandingBalance\":1000}");
        Api.post(id, "arrangements", "{\"type\":\"INSTALLMENT\",\"termMonths\":601}", null)
                .then().statusCode(422).body("violations.field", hasItem("termMonths"));
        Api.post(id, "arrangements", "{\"type\":\"INSTALLMENT\",\"nextDueDate\":\"3026-01-01\"}", null)
                .then().statusCode(422).body("violations.field", hasItem("nextDueDate"));
        assertEquals(List.of(), Api.account(id).getList("arrangements"));

        given().contentType(ContentType.JSON).body("""
                {"accountId":"CC-REV2-4","daysPastDue":10,"overdueAmount":100,"outstandingBalance":1000,
                 "principalOutstanding":-1,"arrangement":{"status":"ACTIVE","termMonths":0}}""")
                .when().post("/api/v1/assessments")
                .then().statusCode(422).body("violations.field", hasItem("principalOutstanding"))
                .body("violations.field", hasItem("arrangement.termMonths"));
        given().contentType(ContentType.JSON).body("""
                {"accountId":"CC-REV2-4","daysPastDue":10,"overdueAmount":100,"outstandingBalance":1000,
                 "contacts":[{"channel":"CALL","at":"2026-11-20T10:00:00+08:00","outcome":"PLAN_ASKED"}]}""")
                .when().post("/api/v1/assessments").then().statusCode(400);
    }
}
