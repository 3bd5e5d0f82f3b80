package dev.collections.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.common.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The nightly triage started by an operator over the API: every account due is decided by the policy and lands on
 * its channel's list; a business date already triaged is not triaged again.
 */
@QuarkusTest
class TriageResourceTest {
    /** Before today, as the endpoint requires; the extract's dates are set relative to it. */
    private static final LocalDate DAY = LocalDate.now().minusDays(100);
    private static final String DATE = DAY.toString();

    @Inject
    AgroalDataSource database;

    /** GET /api/v1/accounts finds accounts by what the run decided, a page at a time. */
    private static void accountsAreFoundByTheirStageAndStep() {
        JsonPath calls = given().queryParam("idPrefix", "TRG-").queryParam("stage", "M2").queryParam("lastAction", "CALL")
                .queryParam("businessDate", DATE).get("/api/v1/accounts").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("TRG-CALL"), calls.getList("accounts.accountId"), calls.prettify());
        assertEquals(DATE, calls.getString("triageDate"));
        assertEquals("CALL", calls.getString("accounts[0].lastAction"));
        JsonPath m2 = given().queryParam("idPrefix", "TRG-").queryParam("stage", "M2").queryParam("businessDate", DATE)
                .queryParam("size", "1").get("/api/v1/accounts").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("TRG-CALL"), m2.getList("accounts.accountId"), "in id order, one a page");
        assertTrue(m2.getBoolean("more"), "TRG-DISPUTE is M2 as well");
        JsonPath next = given().queryParam("idPrefix", "TRG-").queryParam("stage", "M2").queryParam("businessDate", DATE)
                .queryParam("size", "1").queryParam("page", "1").get("/api/v1/accounts").then().extract().jsonPath();
        assertEquals(List.of("TRG-DISPUTE"), next.getList("accounts.accountId"));
        assertEquals(List.of("TRG-SMS"), given().queryParam("idPrefix", "TRG-").queryParam("lastAction", "SMS")
                .queryParam("businessDate", DATE).get("/api/v1/accounts").then().extract().jsonPath()
                .getList("accounts.accountId"));
        given().queryParam("lastAction", "VISIT").queryParam("region", "12").get("/api/v1/accounts").then()
                .statusCode(422).body("violations.field", org.hamcrest.Matchers.hasItems("lastAction", "region"));
    }

    @Test
    void aRunListsEveryDueAccountForItsChannelAndARepeatedDateDuplicatesNothing() throws Exception {
        Path extract = Path.of("target/test-inbound/triage-day");
        Files.createDirectories(extract);
        Files.writeString(extract.resolve("accounts.csv"), """
                accountId,daysPastDue,overdueAmount,outstandingBalance,riskGrade
                TRG-SMS,10,500.00,9000.00,LOW
                TRG-CALL,30,900.00,9000.00,LOW
                TRG-DISPUTE,30,900.00,9000.00,LOW
                TRG-CURRENT,0,0.00,9000.00,LOW
                TRG-HARDSHIP,0,0.00,9000.00,LOW
                """);
        Files.writeString(extract.resolve("disputes.csv"),
                "accountId,ref,openedOn\nTRG-DISPUTE,D1," + DAY.minusDays(2) + "\n");
        Files.writeString(extract.resolve("hardship-cases.csv"), "accountId,ref,reason,status,declaredOn\n"
                + "TRG-HARDSHIP,H1,UNEMPLOYMENT,DECLARED," + DAY.minusDays(11) + "\n");
        given().contentType(ContentType.JSON).body("{\"extract\":\"triage-day\"}").post("/api/v1/imports")
                .then().statusCode(200);

        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + DATE + "\"}")
                .when().post("/api/v1/triage-runs")
                .then().statusCode(anyOf(is(202), is(200)))
                .header("Location", "/api/v1/triage-runs/" + DATE)
                .body("businessDate", equalTo(DATE));
        JsonPath run = awaitCompletion();
        int total = run.getInt("total");
        assertEquals(total, run.getInt("processed"));
        assertEquals(0, run.getInt("errors"));
        assertEquals(total, workItems());

        String sms = file("sms.csv");
        String calls = file("calls.csv");
        String everyList = sms + calls + file("visits.csv") + file("legal.csv");
        assertTrue(sms.startsWith("accountId,stage,daysPastDue,overdueAmount,notBefore,priority,region,capacityDenied,"
                + "reason\n"), sms);
        assertTrue(sms.contains("\nTRG-SMS,M1,10,500.00,"), sms);
        assertTrue(calls.contains("\nTRG-CALL,M2,30,900.00,"), calls);
        assertFalse(everyList.contains("TRG-DISPUTE"), "a disputed account is not contacted");
        assertFalse(everyList.contains("TRG-CURRENT"));
        String tasks = file("tasks.csv");
        assertTrue(tasks.contains("\nTRG-DISPUTE,VERIFY_DISPUTE,"), tasks);
        assertFalse(tasks.contains("TRG-CURRENT"), "an account with nothing due and nothing open is not triaged");
        assertTrue(file("held.csv").contains("\nTRG-DISPUTE,M2,30,900.00,"), "a disputed account is held, with why");
        assertTrue(tasks.contains("\nTRG-HARDSHIP,"), "an open hardship case keeps a current account in the run");

        given().get("/api/v1/triage-runs/" + DATE + "/summary").then().statusCode(200)
                .body("accounts", equalTo(total)).body("errors", equalTo(0));
        given().accept("text/html").get("/api/v1/triage-runs/" + DATE + "/summary").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<svg"));
        given().get("/api/v1/triage-runs").then().statusCode(200).body("businessDate", org.hamcrest.Matchers.hasItem(DATE));
        accountsAreFoundByTheirStageAndStep();
        String metrics = given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("collections_triage_accounts_processed " + total + ".0"), "triage progress metric");
        assertTrue(metrics.contains("collections_triage_running 0.0"));

        // the same date again: complete already, nothing redone or added
        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + DATE + "\"}")
                .when().post("/api/v1/triage-runs")
                .then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("attempts", equalTo(run.getInt("attempts")))
                .body("finishedAt", equalTo(run.getString("finishedAt")));
        assertEquals(total, workItems());
        assertEquals(sms, file("sms.csv"));
    }

    @Inject
    TriageService service;

    /**
     * A completed date is never run again, so a run ahead of its date would leave that night's real decisions stale:
     * a date after today in the bank's zone is refused on every path, and nothing is started.
     */
    @Test
    void aFutureDateIsRefusedOnEveryPath() {
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + tomorrow.plusMonths(3) + "\"}")
                .post("/api/v1/triage-runs").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("businessDate"))
                .body("violations[0].message", containsString("must not be after today"));
        var refused = org.junit.jupiter.api.Assertions.assertThrows(dev.collections.common.ProblemException.class,
                () -> service.start(tomorrow, TriageRun.Trigger.SCHEDULER));
        assertEquals(422, refused.problem().status(), "the scheduler's path, and every other, goes through start");
        var out = new java.io.StringWriter();
        var command = dev.collections.cli.CollectionsCommand.commandLine();
        command.setErr(new java.io.PrintWriter(out));
        assertEquals(64, command.execute("triage", "--date=" + tomorrow), out.toString());
        assertTrue(out.toString().contains("never ahead"), out.toString());
        for (LocalDate day : List.of(tomorrow, tomorrow.plusMonths(3))) {
            given().get("/api/v1/triage-runs/" + day).then().statusCode(404);
        }
    }

    @Test
    void unknownRunsAndFilesAreNotFound() {
        given().get("/api/v1/triage-runs/1999-01-01").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/triage-runs/yesterday").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/triage-runs/" + DATE + "/files/..%2F..%2Fpom.xml").then().statusCode(404)
                .contentType("application/problem+json").body(not(containsString("<project")));
        given().get("/api/v1/triage-runs?limit=0").then().statusCode(422);
    }

    private static JsonPath awaitCompletion() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath run = given().get("/api/v1/triage-runs/" + DATE).then().statusCode(200).extract().jsonPath();
            if ("COMPLETED".equals(run.getString("status"))) {
                return run;
            }
            assertFalse("FAILED".equals(run.getString("status")), run.prettify());
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not complete within a minute");
    }

    private static String file(String name) {
        return given().get("/api/v1/triage-runs/" + DATE + "/files/" + name).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
    }

    private int workItems() throws Exception {
        try (var c = Database.open(database); var s = c.prepareStatement(
                "SELECT count(*), count(DISTINCT account_id) FROM triage_work_item WHERE business_date = ?")) {
            s.setObject(1, DAY);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertEquals(rs.getInt(1), rs.getInt(2), "one work item per account");
                return rs.getInt(1);
            }
        }
    }

    static List<String> lines(String csv) {
        return csv.lines().toList();
    }
}
