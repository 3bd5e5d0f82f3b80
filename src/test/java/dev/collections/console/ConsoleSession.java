package dev.collections.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A console user over plain HTTP: signs in through the login form, calls with the cookie, reads a form's token. */
public final class ConsoleSession {
    public static final String COOKIE = "collections-console";

    private ConsoleSession() {
    }

    /** Signs in through the login form; returns the console cookie. */
    public static String signIn(String user) {
        Response r = given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", "dev-" + user)
                .post("/j_security_check");
        assertEquals(302, r.statusCode(), "signing in redirects");
        String header = r.getHeader("Set-Cookie");
        assertTrue(header.contains("SameSite=Strict") && header.toLowerCase().contains("httponly"), header);
        return r.getCookie(COOKIE);
    }

    /** A request as the user of {@code cookie}, outside the API's contract check, redirects not followed. */
    public static RequestSpecification as(String cookie) {
        return given().noFilters().auth().none().redirects().follow(false).cookie(COOKIE, cookie);
    }

    /** The form token of a console page. */
    public static String token(String page) {
        return page.replaceAll("(?s).*name=\"_csrf\" value=\"([0-9a-f]{64})\".*", "$1");
    }
}
