package dev.collections.extract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Core banking's extract loaded by an operator: good rows in, bad rows reported by line, a second load a no-op. */
@QuarkusTest
class ImportResourceTest {
    private static final Path INBOUND = Path.of("target/test-inbound");

    @Test
    void badRowsAreReportedWithTheirLineAndTheGoodRowsLoad() throws Exception {
        Path extract = INBOUND.resolve("extract-bad-rows");
        Files.createDirectories(extract);
        Files.writeString(extract.resolve("accounts.csv"), """
                accountId,daysPastDue,overdueAmount,outstandingBalance,riskGrade,timezone
                IMP-1,10,500.00,9000.00,LOW,
                IMP-2,ten,500.00,9000.00,LOW,
                not an id!,5,100.00,1000.00,LOW,
                IMP-3,40,-5.00,9000.00,LOW,
                IMP-4,61,6000.00,20000.00,HIGH,Mars/Olympus
                "IMP-5",61,6000.00,20000.00,HIGH,Asia/Hong_Kong
                """);
        Files.writeString(extract.resolve("contacts.csv"), """
                accountId,channel,at,outcome
                IMP-1,SMS,2026-11-20T10:00:00+08:00,DELIVERED
                IMP-404,SMS,2026-11-20T10:00:00+08:00,DELIVERED
                IMP-1,PIGEON,2026-11-20T10:00:00+08:00,DELIVERED
                IMP-1,CALL,yesterday,NO_ANSWER
                """);

        var report = given().contentType(ContentType.JSON).body("{\"extract\":\"extract-bad-rows\"}")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("files.file", equalTo(List.of("accounts.csv", "contacts.csv")))
                .body("files[0].rows", equalTo(6)).body("files[0].accepted", equalTo(2))
                .body("files[0].rejected", equalTo(4))
                .body("files[1].rows", equalTo(4)).body("files[1].accepted", equalTo(1))
                .body("files[1].rejected", equalTo(3))
                .extract().jsonPath();
        assertEquals("rejects/accounts.csv", report.getString("files[0].rejectsFile"));

        List<String> rejects = Files.readAllLines(extract.resolve("rejects/accounts.csv"));
        assertEquals("line,accountId,reason", rejects.get(0));
        assertTrue(rejects.get(1).startsWith("3,IMP-2,") && rejects.get(1).contains("daysPastDue"), rejects.get(1));
        assertTrue(rejects.get(2).startsWith("4,") && rejects.get(2).contains("accountId"), rejects.get(2));
        assertTrue(rejects.get(3).startsWith("5,IMP-3,") && rejects.get(3).contains("overdueAmount"), rejects.get(3));
        assertTrue(rejects.get(4).startsWith("6,IMP-4,") && rejects.get(4).contains("timezone"), rejects.get(4));
        List<String> contactRejects = Files.readAllLines(extract.resolve("rejects/contacts.csv"));
        assertTrue(contactRejects.get(1).startsWith("3,IMP-404,") && contactRejects.get(1).contains("no account"));
        assertTrue(contactRejects.get(2).startsWith("4,IMP-1,") && contactRejects.get(2).contains("channel"));
        assertTrue(contactRejects.get(3).startsWith("5,IMP-1,") && contactRejects.get(3).contains("at"));

        given().get("/api/v1/accounts/IMP-1").then().statusCode(200).body("daysPastDue", equalTo(10))
                .body("contacts.size()", equalTo(1));
        given().get("/api/v1/accounts/IMP-5").then().statusCode(200).body("timezone", equalTo("Asia/Hong_Kong"));
        for (String refused : new String[] {"IMP-2", "IMP-3", "IMP-4"}) {
            given().get("/api/v1/accounts/" + refused).then().statusCode(404);
        }

        // the same files again: every row is read, nothing changes
        given().contentType(ContentType.JSON).body("{\"extract\":\"extract-bad-rows\"}")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("files.changed", everyItem(equalTo(0)))
                .body("files.accepted", equalTo(List.of(2, 1)));
        given().get("/api/v1/accounts/IMP-1").then().statusCode(200).body("contacts.size()", equalTo(1));
    }

    @Test
    void casesAreMatchedByCoreBankingsReferenceSoAChangedRowUpdatesInsteadOfAdding() throws Exception {
        Path extract = INBOUND.resolve("extract-cases");
        Files.createDirectories(extract);
        Files.writeString(extract.resolve("accounts.csv"), "accountId,daysPastDue,overdueAmount,outstandingBalance\n"
                + "IMP-CASE,30,800.00,5000.00\n");
        Files.writeString(extract.resolve("disputes.csv"), "accountId,ref,status,openedOn\n"
                + "IMP-CASE,D-77,OPEN,2026-11-01\n");
        given().contentType(ContentType.JSON).body("{\"extract\":\"extract-cases\"}").post("/api/v1/imports")
                .then().statusCode(200).body("files[1].changed", equalTo(1));
        Files.writeString(extract.resolve("disputes.csv"), "accountId,ref,status,openedOn,resolvedOn\n"
                + "IMP-CASE,D-77,CLOSED,2026-11-01,2026-11-10\n");
        given().contentType(ContentType.JSON).body("{\"extract\":\"extract-cases\"}").post("/api/v1/imports")
                .then().statusCode(200).body("files[0].changed", equalTo(0)).body("files[1].changed", equalTo(1));
        given().get("/api/v1/accounts/IMP-CASE").then().statusCode(200)
                .body("disputes.size()", equalTo(1)).body("disputes[0].status", equalTo("CLOSED"));
    }

    @Test
    void onlyDirectoriesUnderTheInboundDirectoryCanBeImported() {
        java.util.Set<String> answers = new java.util.HashSet<>();
        String existingElsewhere = Path.of("src").toAbsolutePath().toString();
        for (String name : new String[] {"../src", "/etc", "..", "a/b", "no-such-extract", existingElsewhere}) {
            answers.add(given().contentType(ContentType.JSON).body("{\"extract\":\"" + name + "\"}")
                    .when().post("/api/v1/imports")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("extract")).extract().asString());
        }
        assertEquals(1, answers.size(), "the same answer whether or not such a folder exists: " + answers);
    }

    /**
     * A correction during the day (DELTA) replaces the positions of its accounts only; a FULL import replaces the
     * date's positions, all of them. (The guard on a FULL one that is too small: FullExtractGuardTest.)
     */
    @Test
    void aDeltaImportReplacesOnlyItsAccountsPositionsAndAFullOneEveryPositionOfTheDate() throws Exception {
        String day = java.time.LocalDate.now().minusDays(300).toString();
        Path full = INBOUND.resolve("extract-modes-full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("accounts.csv"), "accountId,daysPastDue,overdueAmount,outstandingBalance\n"
                + "IMP-M1,10,100.00,1000.00\nIMP-M2,20,200.00,2000.00\nIMP-M3,30,300.00,3000.00\n");
        Path delta = INBOUND.resolve("extract-modes-delta");
        Files.createDirectories(delta);
        Files.writeString(delta.resolve("accounts.csv"), "accountId,daysPastDue,overdueAmount,outstandingBalance\n"
                + "IMP-M2,45,250.00,2000.00\n");
        given().contentType(ContentType.JSON).body("{\"extract\":\"extract-modes-full\",\"businessDate\":\"" + day + "\"}")
                .post("/api/v1/imports").then().statusCode(200).body("mode", equalTo("FULL"))
                .body("positionsBefore", equalTo(0)).body("positionsAfter", equalTo(3));
        given().contentType(ContentType.JSON).body("{\"extract\":\"extract-modes-delta\",\"businessDate\":\"" + day
                        + "\",\"mode\":\"DELTA\"}")
                .post("/api/v1/imports").then().statusCode(200).body("mode", equalTo("DELTA"))
                .body("positionsBefore", equalTo(3)).body("positionsAfter", equalTo(3));
        given().contentType(ContentType.JSON).body("{\"extract\":\"extract-modes-delta\",\"businessDate\":\"" + day
                        + "\",\"mode\":\"FULL\",\"force\":true}")
                .post("/api/v1/imports").then().statusCode(200).body("forced", equalTo(true))
                .body("positionsBefore", equalTo(3)).body("positionsAfter", equalTo(1));
        given().get("/api/v1/imports").then().statusCode(200).body("mode", org.hamcrest.Matchers.hasItems("FULL", "DELTA"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsRefusesTheWholeImportAndWritesNothing() throws Exception {
        Path extract = INBOUND.resolve("extract-bad-header");
        Files.createDirectories(extract);
        Files.writeString(extract.resolve("accounts.csv"), "accountId,daysPastDue,overdueAmount,outstandingBalance\n"
                + "IMP-H,3,10.00,100.00\n");
        Files.writeString(extract.resolve("contacts.csv"), "accountId,channel,at\nIMP-H,CALL,2026-11-20T10:00:00+08:00\n");
        given().contentType(ContentType.JSON).body("{\"extract\":\"extract-bad-header\"}")
                .when().post("/api/v1/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("contacts.csv"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("outcome"));
        given().get("/api/v1/accounts/IMP-H").then().statusCode(404);
    }
}
