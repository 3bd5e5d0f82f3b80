package dev.collections.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dev.collections.common.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role matrix, endpoint by endpoint: 401 problem+json without credentials or with a wrong password, 403
 * problem+json with every role that is not allowed, and through with each role that is. Health stays open;
 * metrics and the OpenAPI document are open and carry no account data.
 */
@QuarkusTest
class SecurityTest {
    /** The dev/test user holding each role; the password is "dev-" + user. */
    private static final List<String[]> USERS = List.of(new String[] {"core-banking", Roles.API},
            new String[] {"analyst", Roles.ANALYST}, new String[] {"operator", Roles.OPERATOR},
            new String[] {"auditor", Roles.AUDITOR});

    record Endpoint(String method, String path, String body, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        Set<String> api = Set.of(Roles.API);
        Set<String> analyst = Set.of(Roles.ANALYST);
        Set<String> operator = Set.of(Roles.OPERATOR);
        // bodies that pass authorisation and then fail validation, so that an allowed call changes nothing
        return Stream.of(
                new Endpoint("POST", "/api/v1/assessments", "{}", api),
                new Endpoint("PUT", "/api/v1/accounts/SEC-1", "{}", api),
                new Endpoint("GET", "/api/v1/accounts/SEC-404", null, api),
                new Endpoint("POST", "/api/v1/accounts/SEC-1/contacts", "{}", api),
                new Endpoint("POST", "/api/v1/accounts/SEC-1/promises", "{}", api),
                new Endpoint("POST", "/api/v1/accounts/SEC-1/payments", "{}", api),
                new Endpoint("PATCH", "/api/v1/accounts/SEC-1/promises/1", "{}", api),
                new Endpoint("POST", "/api/v1/accounts/SEC-1/arrangements", "{}", api),
                new Endpoint("PATCH", "/api/v1/accounts/SEC-1/arrangements/1", "{}", api),
                new Endpoint("POST", "/api/v1/accounts/SEC-1/hardship-cases", "{}", api),
                new Endpoint("PATCH", "/api/v1/accounts/SEC-1/hardship-cases/1", "{}", api),
                new Endpoint("POST", "/api/v1/accounts/SEC-1/disputes", "{}", api),
                new Endpoint("PATCH", "/api/v1/accounts/SEC-1/disputes/1", "{}", api),
                new Endpoint("POST", "/api/v1/accounts/SEC-1/complaints", "{}", api),
                new Endpoint("PATCH", "/api/v1/accounts/SEC-1/complaints/1", "{}", api),
                new Endpoint("POST", "/api/v1/accounts/SEC-404/assessments", "{}", api),
                new Endpoint("GET", "/api/v1/accounts/SEC-404/decisions", null, Set.of(Roles.API, Roles.AUDITOR)),
                new Endpoint("GET", "/api/v1/rules", null, Set.of(Roles.ANALYST, Roles.AUDITOR)),
                new Endpoint("POST", "/api/v1/rules/reload", null, analyst),
                new Endpoint("GET", "/api/v1/rules/history", null, Set.of(Roles.ANALYST, Roles.AUDITOR)),
                new Endpoint("POST", "/api/v1/rules/rollback", "{}", analyst),
                new Endpoint("GET", "/api/v1/rules/diff", null, Set.of(Roles.ANALYST, Roles.AUDITOR)),
                new Endpoint("POST", "/api/v1/simulations", "{}", analyst),
                new Endpoint("POST", "/api/v1/imports", "{}", operator),
                new Endpoint("GET", "/api/v1/imports", null, Set.of(Roles.OPERATOR, Roles.AUDITOR)),
                new Endpoint("POST", "/api/v1/triage-runs", "{\"businessDate\":\"not a date\"}", operator),
                new Endpoint("GET", "/api/v1/triage-runs", null, operator),
                new Endpoint("GET", "/api/v1/triage-runs/1999-01-01", null, operator),
                new Endpoint("GET", "/api/v1/triage-runs/1999-01-01/summary", null, operator),
                new Endpoint("GET", "/api/v1/triage-runs/1999-01-01/files/sms.csv", null, operator),
                new Endpoint("GET", "/api/v1/capacities/2026-01-01", null,
                        Set.of(Roles.OPERATOR, Roles.ANALYST, Roles.AUDITOR)),
                new Endpoint("PUT", "/api/v1/capacities/2026-01-01", "{}", operator),
                new Endpoint("GET", "/api/v1/reports/roll-rates", null,
                        Set.of(Roles.OPERATOR, Roles.ANALYST, Roles.AUDITOR)),
                new Endpoint("GET", "/api/v1/reports/outcomes", null,
                        Set.of(Roles.OPERATOR, Roles.ANALYST, Roles.AUDITOR)),
                new Endpoint("POST", "/api/v1/experiments", "{}", analyst),
                new Endpoint("GET", "/api/v1/experiments", null, Set.of(Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR)),
                new Endpoint("GET", "/api/v1/experiments/999", null,
                        Set.of(Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR)),
                new Endpoint("GET", "/api/v1/experiments/999/report", null,
                        Set.of(Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR)),
                new Endpoint("POST", "/api/v1/experiments/999/stop", null, analyst),
                new Endpoint("POST", "/api/v1/experiments/999/promote", null, analyst),
                new Endpoint("POST", "/api/v1/accounts/SEC-1/placements", "{}", api),
                new Endpoint("PATCH", "/api/v1/accounts/SEC-1/placements/1", "{}", api),
                new Endpoint("GET", "/api/v1/agencies", null, Set.of(Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST)),
                new Endpoint("POST", "/api/v1/agencies", "{}", operator),
                new Endpoint("GET", "/api/v1/agencies/999", null, Set.of(Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST)),
                new Endpoint("PUT", "/api/v1/agencies/999", "{}", operator),
                new Endpoint("POST", "/api/v1/agencies/999/status", "{}", operator),
                new Endpoint("GET", "/api/v1/agencies/999/status-history", null, Set.of(Roles.OPERATOR, Roles.AUDITOR)),
                new Endpoint("GET", "/api/v1/agencies/league", null, Set.of(Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST)),
                new Endpoint("GET", "/api/v1/triage-runs/1999-01-01/agencies/1-placements.csv", null, operator));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyEndpointNeedsCredentialsAndTheRightRole(Endpoint e) {
        send(given().auth().none(), e).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        send(given().auth().preemptive().basic("core-banking", "wrong-password"), e).then().statusCode(401)
                .contentType("application/problem+json");
        send(given().auth().preemptive().basic("nobody", "dev-nobody"), e).then().statusCode(401);
        for (String[] user : USERS) {
            var response = send(given().auth().preemptive().basic(user[0], "dev-" + user[0]), e);
            if (e.roles().contains(user[1])) {
                response.then().statusCode(not(anyOf(is(401), is(403))));
            } else {
                response.then().statusCode(403).contentType("application/problem+json")
                        .body("status", equalTo(403));
            }
        }
    }

    @Test
    void healthIsOpenAndSoAreMetricsAndTheOpenApiDocumentWithoutAccountData() {
        given().auth().preemptive().basic("core-banking", "dev-core-banking").contentType(ContentType.JSON)
                .body("{\"daysPastDue\":5,\"overdueAmount\":100,\"outstandingBalance\":1000}")
                .put("/api/v1/accounts/SEC-SECRET-7").then().statusCode(anyOf(is(200), is(201)));
        given().auth().none().get("/q/health/live").then().statusCode(200);
        given().auth().none().get("/q/health/ready").then().statusCode(not(anyOf(is(401), is(403))));
        given().auth().none().get("/q/metrics").then().statusCode(200)
                .body(not(containsString("SEC-SECRET-7"))).body(not(containsString("dev-")));
        given().auth().none().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/assessments")).body(not(containsString("SEC-SECRET-7")));
    }

    @Test
    void theLoadTestsBareEndpointIsOffUnlessTheServiceIsStartedWithIt() {
        // bench/run-load.sh switches it on with -Dcollections.benchmark.bare-endpoint=true; nothing else may reach it
        given().auth().preemptive().basic("core-banking", "dev-core-banking").contentType(ContentType.JSON)
                .body("{\"accountId\":\"SEC-BARE-1\",\"daysPastDue\":5,\"overdueAmount\":100,"
                        + "\"outstandingBalance\":1000}")
                .post("/api/v1/benchmark/bare-assessments").then().statusCode(404);
    }

    private static io.restassured.response.Response send(RequestSpecification request, Endpoint e) {
        if (e.body() != null) {
            request.contentType(ContentType.JSON).body(e.body());
        }
        return request.request(e.method(), e.path());
    }
}
