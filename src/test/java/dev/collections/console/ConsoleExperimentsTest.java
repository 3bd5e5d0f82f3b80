package dev.collections.console;

import static dev.collections.console.ConsoleSession.as;
import static dev.collections.console.ConsoleSession.signIn;
import static dev.collections.console.ConsoleSession.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * An analyst starts an experiment from the console (a challenger chosen from the candidates), is told in words what
 * is wrong with a refused one, reads its report in Chinese and stops it; only analysts see the form.
 */
@QuarkusTest
class ConsoleExperimentsTest {

    @Test
    void anAnalystStartsAnExperimentFromTheConsoleAndStopsIt() throws Exception {
        given().get("/api/v1/experiments").then().statusCode(200).extract().jsonPath().getList("findAll { it.status"
                + " == 'RUNNING' }.id", Long.class).forEach(id -> given().post("/api/v1/experiments/" + id + "/stop"));
        Path challenger = dev.collections.rules.RuleFiles.copyShippedRulesTo(
                Path.of("target", "test-experiments", "console-challenger"));
        Files.writeString(challenger.resolve("ladder.drl"), "\n// the same policy under a new version\n",
                StandardOpenOption.APPEND);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String analyst = signIn("analyst");
        String page = as(analyst).get("/console/experiments").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<option value=\"console-challenger\""), "the candidates to choose from");

        as(analyst).contentType(ContentType.URLENC).formParam("name", "x").formParam("challenger",
                "console-challenger").post("/console/experiments").then().statusCode(403);
        as(analyst).contentType(ContentType.URLENC).formParam("_csrf", token(page)).formParam("name", "Texts first")
                .formParam("challenger", "console-challenger").formParam("share", "80")
                .formParam("startsOn", today.toString()).formParam("endsOn", today.plusDays(30).toString())
                .formParam("horizon", "30").queryParam("lang", "zh").post("/console/experiments").then().statusCode(422)
                .body(containsString("id=\"experiment-not-started\"")).body(containsString("账户比例（0.01 至 50"));

        String location = as(analyst).contentType(ContentType.URLENC).formParam("_csrf", token(page))
                .formParam("name", "Texts first").formParam("challenger", "console-challenger")
                .formParam("share", "10").formParam("startsOn", today.toString())
                .formParam("endsOn", today.plusDays(30).toString()).formParam("horizon", "30")
                .post("/console/experiments").then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("done=start"), location);
        long id = Long.parseLong(location.replaceAll(".*id=(\\d+).*", "$1"));
        as(analyst).get(location).then().statusCode(200).body(containsString("id=\"experiment-done\""));
        as(analyst).queryParam("lang", "zh").get("/console/experiments/" + id + "/report").then().statusCode(200)
                .body(containsString("实验进行至 " + today.plusDays(30)));
        as(analyst).contentType(ContentType.URLENC).formParam("_csrf", token(page))
                .post("/console/experiments/" + id + "/stop").then().statusCode(303);
        as(signIn("auditor")).get("/console/experiments").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("id=\"start-experiment\"")));
    }
}
