package dev.collections.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.collections.console.ConsoleSession.as;
import static dev.collections.console.ConsoleSession.signIn;
import static dev.collections.console.ConsoleSession.token;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console over plain HTTP: form login against the same users, a strict encrypted cookie, each page only for
 * its roles, every action refused without the form's token, English or Chinese by the browser's language or the
 * switch. (The same in a real browser: {@link ConsoleBrowserTest}.)
 */
@QuarkusTest
class ConsoleTest {
    @jakarta.inject.Inject
    dev.collections.rules.ActiveRuleSet active;


    @Test
    void aPageAsksAStrangerToSignInAndAWrongPasswordIsTurnedBack() {
        given().noFilters().auth().none().redirects().follow(false).get("/console/accounts")
                .then().statusCode(303).header("Location", containsString("/console/login"));
        given().noFilters().auth().none().get("/console/login").then().statusCode(200)
                .body(containsString("j_security_check"));
        given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "auditor").formParam("j_password", "wrong").post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("error=true"));
    }

    @Test
    void anAuditorSeesWhyAnAccountGotItsStepRuleByRuleInTheEnginesOrder() {
        given().contentType(ContentType.JSON).body("""
                {"daysPastDue":40,"overdueAmount":2000,"outstandingBalance":9000}""")
                .put("/api/v1/accounts/CON-1").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        List<String> fired = given().contentType(ContentType.JSON).body("{}").post("/api/v1/accounts/CON-1/assessments")
                .then().statusCode(200).extract().jsonPath().getList("firedRules");
        String page = as(signIn("auditor")).get("/console/accounts/CON-1").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        int at = -1;
        for (String rule : fired) {
            String escaped = rule.replace("'", "&#39;").replace("\"", "&quot;");
            int next = page.indexOf("<li title=\"" + escaped + "\">" + escaped + "</li>", at + 1);
            assertTrue(next > at, "rule \"" + rule + "\" in the engine's order");
            at = next;
        }
        String link = page.replaceAll("(?s).*href=\"(/console/accounts/CON-1/decisions/[^\"]+/scenario.yaml)\".*", "$1");
        String yaml = as(signIn("analyst")).get(link).then().statusCode(200).extract().asString();
        assertEquals(List.of(), SavedScenario.differences(yaml, active.current()), yaml);
        assertTrue(!yaml.contains("CON-1") && yaml.contains("CASE-"), "no real account unless kept: " + yaml);
        String kept = as(signIn("analyst")).queryParam("keepAccountId", "true").get(link).then().statusCode(200)
                .header("Content-Disposition", containsString("scenario-CON-1.yaml")).extract().asString();
        assertTrue(kept.contains("CON-1"), "the account id kept on purpose");
        as(signIn("auditor")).get("/console/accounts?q=CON-").then().statusCode(200)
                .body(containsString("/console/accounts/CON-1"));
        as(signIn("auditor")).get("/console/accounts/NO-SUCH").then().statusCode(404);
    }

    @Test
    void aWhatIfReassessesWithTheChangedFactsAndStoresNothing() {
        given().contentType(ContentType.JSON).body("{\"daysPastDue\":10,\"overdueAmount\":500,\"outstandingBalance\":9000}")
                .put("/api/v1/accounts/CON-WHATIF").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        String cookie = signIn("analyst");
        long before = given().get("/api/v1/accounts/CON-WHATIF/decisions").then().statusCode(200).extract()
                .jsonPath().getLong("total");
        String page = as(cookie).queryParam("daysPastDue", "40").get("/console/accounts/CON-WHATIF/what-if").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"what-if-result\"") && page.contains("class=\"differs\""), page);
        assertTrue(page.matches("(?s).*<td>SMS</td>\\s*<td>Call</td>.*"), "10 days: an SMS; 40 days: a call");
        String chinese = as(cookie).queryParam("daysPastDue", "40").queryParam("lang", "zh")
                .get("/console/accounts/CON-WHATIF/what-if").then().statusCode(200).extract().asString();
        assertTrue(chinese.contains("逾期 15 至 59 天"), "the values kept and the reasons in Chinese: " + chinese);
        as(cookie).queryParam("overdueAmount", "lots").get("/console/accounts/CON-WHATIF/what-if").then()
                .statusCode(422).body(containsString("id=\"what-if-refused\""));
        assertEquals(before, given().get("/api/v1/accounts/CON-WHATIF/decisions").then().statusCode(200).extract()
                .jsonPath().getLong("total"), "a what-if stores no decision");
    }

    @Test
    void analystsSeeTheLiveRulesAndLoadThemThroughTheGate() {
        String version = given().get("/api/v1/rules").then().statusCode(200).extract().path("version");
        String cookie = signIn("analyst");
        String page = as(cookie).get("/console/rules").then().statusCode(200).body(containsString(version))
                .body(containsString("id=\"rule-list\"")).extract().asString();
        as(cookie).contentType(ContentType.URLENC).formParam("x", "y").post("/console/rules/reload")
                .then().statusCode(403);
        as(cookie).contentType(ContentType.URLENC).formParam("_csrf", token(page)).post("/console/rules/reload")
                .then().statusCode(303).header("Location", endsWith("/console/rules"));
        as(cookie).get("/console/rules").then().statusCode(200)
                .body(containsString("id=\"reload-outcome\">Unchanged"));
        as(signIn("auditor")).get("/console/rules").then().statusCode(200).body(not(containsString("id=\"reload\"")));
        as(signIn("operator")).get("/console/rules").then().statusCode(403);
    }

    @Test
    void aPageIsRefusedToARoleThatMayNotOpenIt() {
        as(signIn("operator")).get("/console/accounts/CON-1").then().statusCode(403)
                .body(containsString("id=\"forbidden\""));
        as(signIn("core-banking")).get("/console/experiments").then().statusCode(403);
        as(signIn("operator")).get("/console/experiments").then().statusCode(200);
    }

    @Test
    void everyActionNeedsTheFormsToken() {
        String cookie = signIn("analyst");
        as(cookie).contentType(ContentType.URLENC).formParam("x", "y").post("/console/logout").then().statusCode(403);
        as(cookie).contentType(ContentType.URLENC).formParam("_csrf", "0".repeat(64)).post("/console/logout")
                .then().statusCode(403);
        String home = as(cookie).get("/console").then().statusCode(200).extract().asString();
        String token = token(home);
        as(cookie).contentType(ContentType.URLENC).formParam("_csrf", token).post("/console/logout")
                .then().statusCode(303).header("Location", containsString("/console/login"));
    }

    @Test
    void theLanguageFollowsTheBrowserAndTheSwitch() {
        String cookie = signIn("auditor");
        as(cookie).header("Accept-Language", "zh-CN,zh;q=0.9").get("/console").then().statusCode(200)
                .body(containsString("催收控制台")).body(containsString("lang=\"zh\""));
        as(cookie).header("Accept-Language", "en-GB").get("/console").then().statusCode(200)
                .body(containsString("Collections console")).body(not(containsString("催收控制台")));
        String chinese = as(cookie).get("/console?lang=zh").then().statusCode(200)
                .body(containsString("为何采取此步骤")).extract().cookie("collections-lang");
        assertEquals("zh", chinese);
        as(cookie).cookie("collections-lang", "zh").header("Accept-Language", "en").get("/console/accounts")
                .then().statusCode(200).body(containsString("账户号或其开头"));
    }
}
