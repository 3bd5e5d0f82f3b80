package dev.collections.console;

import static dev.collections.console.ConsoleSession.as;
import static dev.collections.console.ConsoleSession.signIn;
import static dev.collections.console.ConsoleSession.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.common.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in and out of the console as a bank's security review would try it: a cookie copied before signing out
 * is refused after it, each sign-in has its own form token, failed sign-ins slow down and lock (counted in the
 * database, in a metric), no console page is cached, a refused form or an unknown address is a console page in the
 * user's language, and the user lands on the page asked for.
 */
@QuarkusTest
class ConsoleSignInTest {
    @Inject
    DataSource database;

    @AfterEach
    void forgetFailures() throws Exception {
        // the tests all come from 127.0.0.1: a locked address would lock every later sign-in of the suite
        try (var c = Database.open(database); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sign_in_failure");
        }
    }

    @Test
    void aCookieCopiedBeforeSigningOutIsRefusedAfterIt() {
        String cookie = signIn("auditor");
        String copy = cookie;
        String home = as(cookie).get("/console").then().statusCode(200).extract().asString();
        as(cookie).contentType(ContentType.URLENC).formParam("_csrf", token(home)).post("/console/logout")
                .then().statusCode(303).header("Location", containsString("/console/login"));
        as(copy).get("/console/accounts").then().statusCode(303).header("Location", containsString("/console/login"));
        as(copy).contentType(ContentType.URLENC).formParam("_csrf", token(home)).post("/console/logout")
                .then().statusCode(303).header("Location", endsWith("/console/login"));
    }

    @Test
    void eachSignInHasAFormTokenOfItsOwn() {
        String first = signIn("analyst");
        String second = signIn("analyst");
        String firstToken = token(as(first).get("/console").then().statusCode(200).extract().asString());
        String secondToken = token(as(second).get("/console").then().statusCode(200).extract().asString());
        assertNotEquals(firstToken, secondToken, "a token per sign-in, not per user");
        as(second).contentType(ContentType.URLENC).formParam("_csrf", firstToken).post("/console/logout")
                .then().statusCode(403);
    }

    @Test
    void failedSignInsSlowDownThenLockAndAreCounted() throws InterruptedException {
        double before = failures("wrong_credentials");
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            refused += guess("guess-" + i) == 429 ? 1 : 0;
        }
        assertTrue(refused >= 6, "twelve quick guesses are not all checked: " + refused + " refused unchecked");
        assertTrue(failures("slowed") >= 1, "refusals counted");
        // an attacker who waits each time is locked out after six wrong passwords
        String locked = "";
        for (long end = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < end && locked.isEmpty(); ) {
            var answer = given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("j_username", "analyst").formParam("j_password", "patient-guess")
                    .post("/j_security_check");
            if (answer.statusCode() == 429 && answer.asString().contains("locked until")) {
                locked = answer.asString();
            } else {
                Thread.sleep(1_100);
            }
        }
        assertTrue(locked.contains("locked until"), "locked after a few failures");
        assertEquals(6.0, failures("wrong_credentials") - before, "six wrong passwords were tried, no more");
        String page = given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .header("Accept-Language", "zh-CN").formParam("j_username", "analyst")
                .formParam("j_password", "dev-analyst").post("/j_security_check").then().statusCode(429)
                .extract().asString();
        assertTrue(page.contains("登录已锁定"), "even the right password waits, told so in the user's language");
        assertTrue(failures("locked") >= 1);
    }

    private static int guess(String password) {
        return given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "analyst").formParam("j_password", password)
                .post("/j_security_check").then().extract().statusCode();
    }

    @Test
    void noConsolePageIsCached() {
        String cookie = signIn("operator");
        for (String page : new String[] {"/console", "/console/triage", "/console/login"}) {
            as(cookie).get(page).then().header("Cache-Control", containsString("no-store"));
        }
    }

    @Test
    void aRefusedFormAndAnUnknownAddressAreConsolePagesInTheUsersLanguage() {
        String cookie = signIn("operator");
        as(cookie).header("Accept-Language", "zh-CN").contentType(ContentType.URLENC).formParam("date", "2026-01-01")
                .post("/console/triage").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("此表单无法提交")).body(not(containsString("problem+json")));
        as(cookie).header("Accept-Language", "en").get("/console/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("No such page"));
        given().noFilters().auth().none().header("Accept-Language", "zh").get("/console/no/such/page").then()
                .statusCode(404).contentType(containsString("text/html")).body(containsString("页面不存在"));
    }

    @Test
    void afterSigningInTheUserLandsOnThePageAskedFor() {
        String login = given().noFilters().auth().none().redirects().follow(false).get("/console/triage?page=2")
                .then().statusCode(303).extract().header("Location");
        assertTrue(login.contains("/console/login?next="), login);
        String form = given().noFilters().auth().none().urlEncodingEnabled(false)
                .get(login.substring(login.indexOf("/console"))).then()
                .statusCode(200).extract().asString();
        assertTrue(form.contains("name=\"next\" value=\"/console/triage?page=2\""), form);
        given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "operator").formParam("j_password", "dev-operator")
                .formParam("next", "/console/triage?page=2").post("/j_security_check").then().statusCode(302)
                .header("Location", endsWith("/console/triage?page=2"));
        given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "operator").formParam("j_password", "dev-operator")
                .formParam("next", "https://elsewhere.example/console").post("/j_security_check").then()
                .statusCode(302).header("Location", endsWith("/console"));
    }

    @Test
    void withoutAKeyOfThirtyTwoCharactersTheSessionsRefuseToStart() {
        var missing = assertThrows(IllegalStateException.class, () -> new SessionKey(Optional.empty()));
        assertTrue(missing.getMessage().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> new SessionKey(Optional.of("short-key")));
        assertEquals(64, new SessionKey(Optional.of("x".repeat(32))).hash("token").length());
    }

    private static double failures(String reason) {
        String metrics = given().noFilters().auth().none().get("/q/metrics").then().statusCode(200).extract()
                .asString();
        var m = java.util.regex.Pattern.compile("collections_console_sign_in_failures_total\\{reason=\"" + reason
                + "\"[^}]*\\} ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
