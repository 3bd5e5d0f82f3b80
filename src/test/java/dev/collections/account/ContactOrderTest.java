package dev.collections.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Policy rev. 2.1 through the record: of two contacts at the same moment, the one recorded later is the later, and
 * what a request adds is later than what the record holds. A refusal followed at the same minute by a promise is
 * no reason for a home visit; the other way round it is.
 */
@QuarkusTest
class ContactOrderTest {
    private static final String AS_OF = "{\"asOf\":\"2026-11-22T10:15:00+08:00\"}";

    private static void refusingCustomer(String id, String... sameMinute) {
        Api.putAccount(id, """
                {"daysPastDue":95,"overdueAmount":6000,"outstandingBalance":8000,"timezone":"Asia/Shanghai",
                 "customer":{"creditReportNotified":true,"addressVerified":true}}""");
        Api.post(id, "contacts", Api.contact("CALL", "2026-11-10T10:00:00+08:00", "CONTACTED"), null)
                .then().statusCode(201);
        for (String outcome : sameMinute) {
            Api.post(id, "contacts", Api.contact("CALL", "2026-11-20T10:00:00+08:00", outcome), null)
                    .then().statusCode(201);
        }
    }

    @Test
    void aPromiseRecordedAfterARefusalAtTheSameMinuteMeansNoVisit() {
        refusingCustomer("CC-ORDER-1", "REFUSED", "PROMISE_TO_PAY");
        assertEquals("CALL", Api.assess("CC-ORDER-1", AS_OF).getString("nextAction.type"));
    }

    @Test
    void aRefusalRecordedAfterAPromiseAtTheSameMinuteIsTheMostRecent() {
        refusingCustomer("CC-ORDER-2", "PROMISE_TO_PAY", "REFUSED");
        assertEquals("HOME_VISIT", Api.assess("CC-ORDER-2", AS_OF).getString("nextAction.type"));
    }

    @Test
    void aPromiseTheRequestAddsAtTheSameMinuteComesAfterTheRecordedRefusal() {
        refusingCustomer("CC-ORDER-3", "REFUSED");
        assertEquals("HOME_VISIT", Api.assess("CC-ORDER-3", AS_OF).getString("nextAction.type"));
        JsonPath answer = Api.assess("CC-ORDER-3", """
                {"asOf":"2026-11-22T10:15:00+08:00","contacts":[
                 {"channel":"CALL","at":"2026-11-20T10:00:00+08:00","outcome":"PROMISE_TO_PAY"}]}""");
        assertEquals("CALL", answer.getString("nextAction.type"));
    }
}
