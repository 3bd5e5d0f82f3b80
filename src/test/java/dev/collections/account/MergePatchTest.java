package dev.collections.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every PATCH is a JSON Merge Patch (RFC 7396): what the body does not name keeps its value. */
@QuarkusTest
class MergePatchTest {
    private static final String ID = "CC-PATCH-1";

    @Test
    void aDisputeClosedWithADateKeepsItWhenItsStatusIsSentAgain() {
        Api.putAccount(ID, "{\"daysPastDue\":10,\"overdueAmount\":100,\"outstandingBalance\":1000}");
        int dispute = Api.post(ID, "disputes", "{\"openedOn\":\"2026-11-01\"}", null).then().statusCode(201)
                .extract().path("id");
        Api.patch(ID, "disputes/" + dispute, "{\"status\":\"CLOSED\",\"resolvedOn\":\"2026-11-10\"}")
                .then().statusCode(200);
        Api.patch(ID, "disputes/" + dispute, "{\"status\":\"CLOSED\"}").then().statusCode(200);
        assertEquals("2026-11-10", Api.account(ID).getString("disputes[0].resolvedOn"));
        Api.patch(ID, "disputes/" + dispute, "{\"resolvedOn\":\"2026-11-11\"}").then().statusCode(200);
        assertEquals("CLOSED", Api.account(ID).getString("disputes[0].status"));
        assertEquals("2026-11-11", Api.account(ID).getString("disputes[0].resolvedOn"));
    }

    @Test
    void aComplaintClosedWithADateKeepsItWhenItsStatusIsSentAgain() {
        Api.putAccount(ID, "{\"daysPastDue\":10,\"overdueAmount\":100,\"outstandingBalance\":1000}");
        int complaint = Api.post(ID, "complaints", "{\"openedOn\":\"2026-11-01\"}", null).then().statusCode(201)
                .extract().path("id");
        Api.patch(ID, "complaints/" + complaint, "{\"status\":\"CLOSED\",\"closedOn\":\"2026-11-12\"}")
                .then().statusCode(200);
        Api.patch(ID, "complaints/" + complaint, "{\"status\":\"CLOSED\"}").then().statusCode(200);
        assertEquals("2026-11-12", Api.account(ID).getString("complaints[0].closedOn"));
    }

    @Test
    void anArrangementKeepsWhatAPatchDoesNotName() {
        String id = "CC-PATCH-2";
        Api.putAccount(id, "{\"daysPastDue\":10,\"overdueAmount\":100,\"outstandingBalance\":1000}");
        int arrangement = Api.post(id, "arrangements", """
                {"type":"INSTALLMENT","termMonths":24,"nextDueDate":"2026-12-01","missedInstallments":1,
                 "autodebitFailed":true}""", null).then().statusCode(201).extract().path("id");
        Api.patch(id, "arrangements/" + arrangement, "{\"missedInstallments\":0}").then().statusCode(200);
        var record = Api.account(id);
        assertEquals(24, record.getInt("arrangements[0].termMonths"));
        assertEquals("2026-12-01", record.getString("arrangements[0].nextDueDate"));
        assertEquals(true, record.getBoolean("arrangements[0].autodebitFailed"));
        assertEquals(0, record.getInt("arrangements[0].missedInstallments"));
    }

    @Test
    void anEmptyPatchIsRefused() {
        Api.putAccount(ID, "{\"daysPastDue\":10,\"overdueAmount\":100,\"outstandingBalance\":1000}");
        int dispute = Api.post(ID, "disputes", "{\"openedOn\":\"2026-11-01\"}", null).then().statusCode(201)
                .extract().path("id");
        Api.patch(ID, "disputes/" + dispute, "{}").then().statusCode(422);
    }
}
