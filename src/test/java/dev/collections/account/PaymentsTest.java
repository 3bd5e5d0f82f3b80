package dev.collections.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payments reported by core banking (issue 14): recorded once, shown on the record, refused when impossible. */
@QuarkusTest
class PaymentsTest {
    private static final String ID = "CC-PAY-1";

    @Test
    void aPaymentIsRecordedOnceEvenWhenItsCallIsRetried() {
        Api.putAccount(ID, "{\"daysPastDue\":20,\"overdueAmount\":800,\"outstandingBalance\":5000}");
        String body = "{\"amount\":300.00,\"paidAt\":\"2026-11-20T10:00:00+08:00\",\"channel\":\"BANK_TRANSFER\","
                + "\"externalRef\":\"TX-1\"}";
        int first = Api.post(ID, "payments", body, "pay-1").then().statusCode(201)
                .body("amount", equalTo(300.0f)).extract().path("id");
        int replay = Api.post(ID, "payments", body, "pay-1").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, replay);
        var record = Api.account(ID);
        assertEquals(List.of("TX-1"), record.getList("payments.externalRef"));
        assertEquals("BANK_TRANSFER", record.getString("payments[0].channel"));
    }

    @Test
    void aPaymentInTheFutureOrOfNothingIsRefusedAndWritesNothing() {
        String id = "CC-PAY-2";
        Api.putAccount(id, "{\"daysPastDue\":20,\"overdueAmount\":800,\"outstandingBalance\":5000}");
        String tomorrow = OffsetDateTime.now().plusDays(1).toString();
        Api.post(id, "payments", "{\"amount\":10,\"paidAt\":\"" + tomorrow + "\"}", null)
                .then().statusCode(422).body("violations.field", hasItem("paidAt"));
        Api.post(id, "payments", "{\"amount\":0,\"paidAt\":\"2026-11-20T10:00:00+08:00\"}", null)
                .then().statusCode(422).body("violations.field", hasItem("amount"));
        Api.post(id, "payments", "{\"amount\":10}", null).then().statusCode(422);
        Api.post("CC-PAY-NONE", "payments", "{\"amount\":10,\"paidAt\":\"2026-11-20T10:00:00+08:00\"}", null)
                .then().statusCode(404);
        assertEquals(List.of(), Api.account(id).getList("payments"));
    }

    @Test
    void paymentsCsvIsImportedAndAReimportChangesNothing() throws Exception {
        Path extract = Path.of("target/test-inbound/payments-day");
        Files.createDirectories(extract);
        Files.writeString(extract.resolve("accounts.csv"),
                "accountId,daysPastDue,overdueAmount,outstandingBalance\nCC-PAY-3,20,800.00,5000.00\n");
        Files.writeString(extract.resolve("payments.csv"), "accountId,ref,amount,paidAt,channel\n"
                + "CC-PAY-3,TX-9,120.50,2026-11-19T09:00:00+08:00,AUTODEBIT\n"
                + "CC-PAY-3,TX-10,-5,2026-11-19T09:00:00+08:00,\n");
        for (int changed : new int[] {1, 0}) {
            given().contentType(ContentType.JSON).body("{\"extract\":\"payments-day\"}")
                    .when().post("/api/v1/imports")
                    .then().statusCode(200)
                    .body("files.find { it.file == 'payments.csv' }.changed", equalTo(changed))
                    .body("files.find { it.file == 'payments.csv' }.rejected", equalTo(1));
        }
        assertEquals(List.of("TX-9"), Api.account("CC-PAY-3").getList("payments.externalRef"));
    }
}
