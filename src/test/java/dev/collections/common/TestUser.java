package dev.collections.common;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every API test calls as {@code tester}, a test-only user with all four roles, unless it says otherwise
 * ({@code given().auth().none()}, or another user): the role matrix itself is tested in SecurityTest. Every call is
 * checked against the served OpenAPI document ({@link Contract}).
 */
public class TestUser implements QuarkusTestBeforeEachCallback {
    public static final String PASSWORD_PREFIX = "dev-";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic("tester", PASSWORD_PREFIX + "tester");
        RestAssured.replaceFiltersWith(Contract.filter());
    }
}
