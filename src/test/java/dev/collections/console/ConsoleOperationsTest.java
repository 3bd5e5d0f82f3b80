package dev.collections.console;

import static dev.collections.console.ConsoleSession.as;
import static dev.collections.console.ConsoleSession.signIn;
import static dev.collections.console.ConsoleSession.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's pages for analysts and operations over plain HTTP: scenarios with their results and filters, a
 * simulation in the background to its from → to table and sample accounts, a triage run started, followed and
 * downloaded, an import with its rejects, outcomes as a heat map; each action only for its role and its token.
 */
@QuarkusTest
class ConsoleOperationsTest {

    @Test
    void scenariosShowTheirResultsAgainstTheLiveRulesAndFilter() {
        String cookie = signIn("auditor");
        String all = as(cookie).get("/console/scenarios").then().statusCode(200).extract().asString();
        Matcher count = Pattern.compile("(\\d+) of (\\d+) scenarios pass").matcher(all);
        assertTrue(count.find(), all);
        assertEquals(count.group(2), count.group(1), "the shipped scenarios pass against the shipped rules");
        int rows = rows(all);
        assertEquals(Integer.parseInt(count.group(2)), rows, "every scenario is listed");
        String ladder = as(cookie).queryParam("file", "scenarios/ladder.yaml").get("/console/scenarios").then().statusCode(200)
                .extract().asString();
        assertTrue(rows(ladder) > 0 && rows(ladder) < rows, "only the ladder's scenarios");
        assertTrue(!ladder.contains("<td>scenarios/hardship.yaml</td>"), "no other file's scenario");
        String rule = "An account with nothing overdue needs no action";
        String byRule = as(cookie).queryParam("rule", rule).get("/console/scenarios").then().statusCode(200)
                .extract().asString();
        assertTrue(rows(byRule) > 0 && rows(byRule) < rows(ladder) + rows, "scenarios that fire or name the rule");
        String byLine = as(cookie).queryParam("policy", "L1").get("/console/scenarios").then().statusCode(200)
                .body(containsString("Nothing overdue needs no action")).extract().asString();
        assertTrue(rows(byLine) < rows);
        as(signIn("operator")).get("/console/scenarios").then().statusCode(403);
    }

    private static int rows(String page) {
        return page.split("<tr class=\"(pass|fail)\"").length - 1;
    }

    @Test
    void aSimulationRunsInTheBackgroundToItsTableAndSampleAccounts() throws Exception {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("{\"daysPastDue\":" + (20 + i) + ",\"overdueAmount\":900,"
                    + "\"outstandingBalance\":9000}").put("/api/v1/accounts/CON-SIM-" + i).then().statusCode(
                    org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        }
        dev.collections.rules.RuleFiles.candidateThatTextsInsteadOfCalling(
                Path.of("target", "test-experiments", "console-candidate"));
        String cookie = signIn("analyst");
        String form = as(cookie).get("/console/simulation").then().statusCode(200).extract().asString();
        assertTrue(form.contains("<option value=\"console-candidate\""), "the candidates to choose from: " + form);
        as(cookie).contentType(ContentType.URLENC).formParam("candidate", "console-candidate")
                .post("/console/simulation").then().statusCode(403);
        String unknown = as(cookie).contentType(ContentType.URLENC).formParam("_csrf", token(form))
                .formParam("candidate", "no/such/dir").post("/console/simulation").then().statusCode(422)
                .body(containsString("is not one of the candidate rule sets")).extract().asString();
        String elsewhere = as(cookie).contentType(ContentType.URLENC).formParam("_csrf", token(form))
                .formParam("candidate", Path.of("rules").toAbsolutePath().toString()).post("/console/simulation")
                .then().statusCode(422).extract().asString();
        assertEquals(refusal(unknown), refusal(elsewhere), "a folder that exists elsewhere is refused alike");
        String location = as(cookie).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("_csrf", token(form)).formParam("candidate", "console-candidate")
                .formParam("date", LocalDate.now().toString()).post("/console/simulation").then().statusCode(303)
                .extract().header("Location");
        String job = location.substring(location.indexOf("/console/"));
        String page = "";
        for (int i = 0; i < 120 && !page.contains("id=\"matrix\""); i++) {
            Thread.sleep(250);
            page = as(cookie).get(job).then().statusCode(200).extract().asString();
        }
        assertTrue(page.contains("id=\"matrix\""), page);
        String cell = job + "/cell?from=CALL&to=SMS";
        assertTrue(page.contains(cell.replace("&", "&amp;")), "the changed cell opens its samples");
        String samples = as(cookie).get(cell).then().statusCode(200).extract().asString();
        assertTrue(samples.contains("class=\"live-action\">Call") && samples.contains("class=\"candidate-action\">SMS"),
                "both decisions side by side");
        as(signIn("auditor")).get("/console/simulation").then().statusCode(403);
    }

    @Test
    void anOperatorStartsARunFollowsItAndDownloadsItsWorkLists() throws Exception {
        given().contentType(ContentType.JSON).body("{\"daysPastDue\":35,\"overdueAmount\":900,"
                + "\"outstandingBalance\":9000}").put("/api/v1/accounts/CON-TRIAGE-1").then().statusCode(
                org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        LocalDate day = LocalDate.now().minusDays(250);   // a date no other test triages
        String cookie = signIn("operator");
        String list = as(cookie).get("/console/triage").then().statusCode(200).body(containsString("id=\"start-run\""))
                .extract().asString();
        as(cookie).contentType(ContentType.URLENC).formParam("date", day.toString()).post("/console/triage")
                .then().statusCode(403);
        as(signIn("auditor")).get("/console/triage").then().statusCode(200).body(not(containsString("id=\"start-run\"")));
        as(signIn("auditor")).contentType(ContentType.URLENC).formParam("date", day.toString()).post("/console/triage")
                .then().statusCode(403);
        as(cookie).contentType(ContentType.URLENC).formParam("_csrf", token(list))
                .formParam("date", LocalDate.now().plusDays(2).toString()).post("/console/triage").then()
                .statusCode(422).body(containsString("never ahead"));
        as(cookie).redirects().follow(false).contentType(ContentType.URLENC).formParam("_csrf", token(list))
                .formParam("date", day.toString()).post("/console/triage").then().statusCode(303)
                .header("Location", containsString("/console/triage/" + day));
        String run = "";
        for (int i = 0; i < 120 && !run.contains("id=\"actions-chart\""); i++) {
            Thread.sleep(250);
            run = as(cookie).get("/console/triage/" + day).then().statusCode(200).extract().asString();
        }
        assertTrue(run.contains("id=\"actions-chart\""), run);
        assertTrue(!run.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d.*"), "local times to the minute, no nanoseconds");
        assertTrue(run.contains("Home visit") && run.contains("a visit by the field team"), "plain labels, glossary");
        Matcher link = Pattern.compile("href=\"(/console/triage/" + day + "/files/calls.csv)\"").matcher(run);
        assertTrue(link.find(), run);
        String calls = as(cookie).get(link.group(1)).then().statusCode(200).extract().asString();
        assertTrue(calls.contains("CON-TRIAGE-1,M2"), calls);
        as(cookie).get("/console/triage/" + day + "/files/..%2Fsecrets").then().statusCode(404);
        String trace = as(signIn("auditor")).get("/console/accounts/CON-TRIAGE-1").then().statusCode(200).extract()
                .asString();
        Matcher fired = Pattern.compile("(?s)<ol class=\"fired-rules\">(.*?)</ol>").matcher(trace);
        assertTrue(fired.find(), "the night's decision names the rules that fired: " + trace);
        List<String> names = Pattern.compile("<li[^>]*>(.*?)</li>").matcher(fired.group(1)).results().map(r -> r.group(1))
                .toList();
        assertTrue(names.indexOf("The second month past due is stage M2") >= 0, names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("call")), "and the ladder's rule: " + names);
        as(signIn("core-banking")).get("/console/triage").then().statusCode(403);
    }

    @Test
    void anImportShowsWhatEachFileLoadedAndItsRejects() throws Exception {
        Path extract = Path.of("target/test-inbound/console-import");
        Files.createDirectories(extract);
        Files.writeString(extract.resolve("accounts.csv"), """
                accountId,daysPastDue,overdueAmount,outstandingBalance,riskGrade
                CON-IMP-1,10,500.00,9000.00,LOW
                CON-IMP-2,ten,500.00,9000.00,LOW
                """);
        String cookie = signIn("operator");
        String list = as(cookie).get("/console/triage").then().statusCode(200).extract().asString();
        as(cookie).contentType(ContentType.URLENC).formParam("extract", "console-import").post("/console/triage/imports")
                .then().statusCode(403);
        assertTrue(list.contains("<option value=\"console-import\""), "the extracts to choose from");
        as(cookie).contentType(ContentType.URLENC).formParam("_csrf", token(list)).formParam("extract", "../etc")
                .post("/console/triage/imports").then().statusCode(422);
        String location = as(cookie).contentType(ContentType.URLENC).formParam("_csrf", token(list))
                .formParam("extract", "console-import").post("/console/triage/imports").then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.matches(".*/console/triage/imports/\\d+$"), "the import leads to its report: " + location);
        String report = as(cookie).get(location).then().statusCode(200).extract().asString();
        int imports = given().get("/api/v1/imports").then().statusCode(200).extract().jsonPath().getList("$").size();
        assertEquals(report, as(cookie).get(location).then().statusCode(200).extract().asString()
                .replaceAll("name=\"_csrf\" value=\"[0-9a-f]+\"", "name=\"_csrf\" value=\"" + token(report) + "\""),
                "a refresh shows the same report");
        assertEquals(imports, given().get("/api/v1/imports").then().statusCode(200).extract().jsonPath()
                .getList("$").size(), "and imports nothing again");
        as(cookie).get("/console/triage/imports/999999").then().statusCode(404);
        Matcher rejects = Pattern.compile("href=\"(/console/triage/imports/console-import/rejects/accounts.csv)\"")
                .matcher(report);
        assertTrue(rejects.find(), report);
        assertTrue(report.contains("line 3: cell: daysPastDue: must be a whole number"), "the first rejects: " + report);
        assertTrue(as(cookie).get(rejects.group(1)).then().statusCode(200).extract().asString()
                .contains("3,CON-IMP-2,cell: daysPastDue: must be a whole number"), "the rejects file, line and reason");
        as(cookie).get("/console/triage").then().statusCode(200).body(containsString("console-import"));
    }

    /** The refusal's words on a console page. */
    private static String refusal(String page) {
        Matcher m = Pattern.compile("(?s)<div id=\"refused\".*?</div>").matcher(page);
        return m.find() ? m.group() : page;
    }

    @Test
    void outcomesShowTheRollRatesAsAHeatMap() {
        String cookie = signIn("analyst");
        String page = as(cookie).get("/console/outcomes").then().statusCode(200).body(containsString("id=\"heat-map\""))
                .extract().asString();
        assertTrue(page.contains("<th>M1</th>") && page.contains("Gone"), page);
        as(cookie).queryParam("from", "2026-12-01").queryParam("to", "2026-11-01").get("/console/outcomes")
                .then().statusCode(422).body(containsString("id=\"invalid\""));
        as(signIn("core-banking")).get("/console/outcomes").then().statusCode(403);
        List.of("auditor", "operator").forEach(u -> as(signIn(u)).get("/console/outcomes").then().statusCode(200));
    }
}
