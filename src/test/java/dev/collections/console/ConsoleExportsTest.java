package dev.collections.console;

import static dev.collections.console.ConsoleSession.as;
import static dev.collections.console.ConsoleSession.signIn;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The tables a supervisor takes to a meeting (issue 27): the account search and the outcomes as files a
 * spreadsheet opens, UTF-8 with a byte-order mark, headed in the page's language, rates as percentages; only for
 * the roles that may read the page.
 */
@QuarkusTest
class ConsoleExportsTest {

    @Test
    void theAccountSearchDownloadsInChineseForExcel() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("{\"daysPastDue\":" + (35 + i) + ",\"overdueAmount\":900,"
                    + "\"outstandingBalance\":9000,\"region\":\"310101\"}").put("/api/v1/accounts/EXP-" + i).then()
                    .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                            org.hamcrest.Matchers.is(201)));
        }
        String auditor = signIn("auditor");
        byte[] file = as(auditor).queryParam("q", "EXP-").queryParam("lang", "zh").get("/console/accounts/export.csv")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("accounts.csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, file[0], "a byte-order mark first, for Excel");
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertEquals("账户,地区,逾期天数,逾期金额,阶段,最近一步", lines[0]);
        assertEquals(4, lines.length, "a header and the three accounts: " + text);
        assertTrue(lines[1].startsWith("EXP-0,310101,35,900.00,"), lines[1]);

        as(auditor).queryParam("stage", "M1;DROP").get("/console/accounts/export.csv").then().statusCode(422);
        as(signIn("operator")).get("/console/accounts/export.csv").then().statusCode(403);
    }

    @Test
    void theOutcomeTablesDownloadWithRatesAsPercentages() {
        String operator = signIn("operator");
        String byStep = as(operator).queryParam("table", "by-step").queryParam("lang", "en")
                .get("/console/outcomes/export.csv").then().statusCode(200).extract().asString();
        assertTrue(byStep.startsWith("\uFEFFNext step,Decisions,Cure,Roll forward,Amount paid,Promises kept,"),
                byStep);
        String rolls = as(operator).queryParam("table", "roll-rates").queryParam("lang", "zh")
                .get("/console/outcomes/export.csv").then().statusCode(200).extract().asString();
        assertTrue(rolls.split("\r\n")[0].endsWith("账户数,向前迁徙,转为正常"), rolls);
        for (String line : rolls.split("\r\n")) {
            assertTrue(!line.matches(".*,0\\.\\d+$"), "rates are percentages: " + line);
        }
        as(operator).queryParam("from", "2026-12-01").queryParam("to", "2026-11-01")
                .get("/console/outcomes/export.csv").then().statusCode(422);
    }
}
