package dev.collections.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A day on one account over HTTP: snapshot, SMS, contacts recorded, caps respected from the record, escalation,
 * a dispute that holds everything, its resolution, and the ladder resuming. Every decision is in the history.
 */
@QuarkusTest
class ScriptedDayTest {
    private static final String ID = "CC-DAY-1";

    @Test
    void aDayOfCollectionsOnOneAccount() {
        Api.putAccount(ID, """
                {"daysPastDue":10,"overdueAmount":800,"outstandingBalance":5000,"timezone":"Asia/Shanghai",
                 "customer":{"creditReportNotified":true}}""");

        JsonPath first = Api.assess(ID, "{\"asOf\":\"2026-11-22T09:00:00+08:00\"}");
        assertEquals("SMS", first.getString("nextAction.type"));
        assertEquals("2026-11-22T09:00:00+08:00", first.getString("nextAction.notBefore"));

        Api.post(ID, "contacts", Api.contact("SMS", "2026-11-22T09:05:00+08:00", "DELIVERED"), null)
                .then().statusCode(201);
        JsonPath capped = Api.assess(ID, "{\"asOf\":\"2026-11-22T11:00:00+08:00\"}");
        assertEquals("SMS", capped.getString("nextAction.type"));
        assertEquals("2026-11-23T08:00:00+08:00", capped.getString("nextAction.notBefore"), "one SMS a day");

        Api.putAccount(ID, """
                {"daysPastDue":20,"overdueAmount":800,"outstandingBalance":5000,"timezone":"Asia/Shanghai",
                 "customer":{"creditReportNotified":true}}""");
        for (String at : List.of("11:05", "13:00", "15:00")) {
            Api.post(ID, "contacts", Api.contact("CALL", "2026-11-22T" + at + ":00+08:00", "NO_ANSWER"), null)
                    .then().statusCode(201);
        }
        JsonPath calls = Api.assess(ID, "{\"asOf\":\"2026-11-22T16:00:00+08:00\"}");
        assertEquals("CALL", calls.getString("nextAction.type"));
        assertEquals("2026-11-23T08:00:00+08:00", calls.getString("nextAction.notBefore"), "three calls a day");

        Api.putAccount(ID, """
                {"daysPastDue":65,"overdueAmount":6000,"outstandingBalance":20000,"timezone":"Asia/Shanghai",
                 "customer":{"creditReportNotified":true,"addressVerified":true}}""");
        JsonPath visit = Api.assess(ID, "{\"asOf\":\"2026-11-22T16:00:00+08:00\"}");
        assertEquals("HOME_VISIT", visit.getString("nextAction.type"), "three unanswered calls in 30 days");

        int disputeId = Api.post(ID, "disputes", "{\"openedOn\":\"2026-11-22\"}", null)
                .then().statusCode(201).extract().path("id");
        JsonPath held = Api.assess(ID, "{\"asOf\":\"2026-11-22T16:30:00+08:00\"}");
        assertEquals("NONE", held.getString("nextAction.type"));
        assertEquals(List.of("OPEN_DISPUTE"), held.getList("suppressed.reason").stream().distinct().toList());
        assertEquals("HOLD", held.getString("creditReport.decision"));
        assertEquals(List.of("VERIFY_DISPUTE"), held.getList("tasks.type"));

        Api.patch(ID, "disputes/" + disputeId, "{\"status\":\"CLOSED\",\"resolvedOn\":\"2026-11-22\"}")
                .then().statusCode(200);
        JsonPath resumed = Api.assess(ID, "{\"asOf\":\"2026-11-22T17:00:00+08:00\"}");
        assertEquals("HOME_VISIT", resumed.getString("nextAction.type"));
        assertEquals("REPORT", resumed.getString("creditReport.decision"));

        JsonPath history = Api.decisions(ID, "");
        assertEquals(6, history.getInt("total"));
        List<String> actions = history.getList("decisions.nextAction");
        assertEquals(List.of("HOME_VISIT", "NONE", "HOME_VISIT", "CALL", "SMS", "SMS"), actions, "newest first");
        String version = history.getString("decisions[0].rulesetVersion");
        assertTrue(version.startsWith("sha256:"));
        assertEquals(resumed.getString("assessmentId"), history.getString("decisions[0].assessmentId"));
        assertEquals(resumed.getString("nextAction.notBefore"), history.getString("decisions[0].response.nextAction.notBefore"));
        assertEquals(4, history.getList("decisions[0].facts.contacts").size(), "the facts as evaluated");
        assertEquals("RECORD", history.getString("decisions[0].source"));

        JsonPath page = Api.decisions(ID, "?page=1&size=2");
        assertEquals(List.of("HOME_VISIT", "CALL"), page.getList("decisions.nextAction"));

        JsonPath record = Api.account(ID);
        assertEquals(4, record.getList("contacts").size());
        assertEquals("CLOSED", record.getString("disputes[0].status"));
        assertEquals(65, record.getInt("daysPastDue"));
    }

    @Test
    void factsInTheBodyOverrideTheRecord() {
        String id = "CC-DAY-2";
        Api.putAccount(id, "{\"daysPastDue\":20,\"overdueAmount\":800,\"outstandingBalance\":5000}");
        JsonPath answer = Api.assess(id, """
                {"asOf":"2026-11-22T10:00:00+08:00","customer":{"deceased":true}}""");
        assertEquals("NONE", answer.getString("nextAction.type"));
        assertEquals(List.of("ESTATE_REVIEW"), answer.getList("tasks.type"));
        assertEquals("M1", answer.getString("stage"), "the stored days past due still apply");
    }

    @Test
    void recordedArrangementsAndPromisesFeedTheRules() {
        String id = "CC-DAY-3";
        Api.putAccount(id, "{\"daysPastDue\":40,\"overdueAmount\":800,\"outstandingBalance\":5000}");
        int arrangement = Api.post(id, "arrangements", """
                {"type":"INSTALLMENT","signedOn":"2026-08-01","termMonths":24}""", null)
                .then().statusCode(201).extract().path("id");
        assertEquals("NONE", Api.assess(id, "{\"asOf\":\"2026-11-22T10:00:00+08:00\"}").getString("nextAction.type"));

        Api.patch(id, "arrangements/" + arrangement, "{\"missedInstallments\":1,\"autodebitFailed\":true}")
                .then().statusCode(200);
        JsonPath autodebit = Api.assess(id, "{\"asOf\":\"2026-11-22T10:00:00+08:00\"}");
        assertEquals("SMS", autodebit.getString("nextAction.type"));
        assertEquals("AUTODEBIT_FAILURE", autodebit.getString("creditReport.reason"));

        Api.patch(id, "arrangements/" + arrangement, "{\"status\":\"BROKEN\",\"autodebitFailed\":false}")
                .then().statusCode(200);
        Api.post(id, "promises", "{\"amount\":300,\"dueDate\":\"2026-11-28\"}", null).then().statusCode(201);
        JsonPath promised = Api.assess(id, "{\"asOf\":\"2026-11-22T10:00:00+08:00\"}");
        assertEquals("SMS", promised.getString("nextAction.type"), "a pending promise allows only a reminder");

        int hardship = Api.post(id, "hardship-cases", """
                {"reason":"UNEMPLOYMENT","temporary":true,"declaredOn":"2026-11-20"}""", null)
                .then().statusCode(201).extract().path("id");
        assertEquals(List.of("VERIFY_HARDSHIP"),
                Api.assess(id, "{\"asOf\":\"2026-11-22T10:00:00+08:00\"}").getList("tasks.type"));
        Api.patch(id, "hardship-cases/" + hardship, "{\"status\":\"VERIFIED\"}").then().statusCode(200);
        JsonPath verified = Api.assess(id, "{\"asOf\":\"2026-11-22T10:00:00+08:00\"}");
        assertEquals(List.of("DEFERRAL", "PENALTY_INTEREST_WAIVER"), verified.getList("reliefOffers.type"));

        Api.post(id, "complaints", "{\"viaRegulator\":true,\"openedOn\":\"2026-11-21\"}", null).then().statusCode(201);
        JsonPath complaint = Api.assess(id, "{\"asOf\":\"2026-11-22T10:00:00+08:00\"}");
        assertEquals("NONE", complaint.getString("nextAction.type"));
        assertTrue(complaint.getList("tasks.type").contains("REFER_TO_COMPLAINTS_TEAM"));
    }
}
