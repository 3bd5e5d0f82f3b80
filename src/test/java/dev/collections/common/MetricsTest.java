package dev.collections.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Prometheus metrics an operator would graph, and nothing that identifies an account. */
@QuarkusTest
class MetricsTest {

    @Test
    void assessmentsReloadsAndLatencyAreCountedWithoutAccountIds() {
        given().contentType(ContentType.JSON).body("""
                {"accountId":"CC-METRICS-7","asOf":"2026-11-22T10:15:00+08:00","daysPastDue":20,
                 "overdueAmount":800,"outstandingBalance":5000}""")
                .when().post("/api/v1/assessments").then().statusCode(200);
        given().when().get("/api/v1/accounts/CC-METRICS-7/decisions").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("collections_assessments_total{action=\"CALL\",source=\"REQUEST\",stage=\"M1\"}"))
                .body(containsString("collections_rules_fired_total{rule=\"Arrears past the reminder days and before stage M3 get a call\"}"))
                .body(containsString("collections_assessment_evaluation_seconds_count"))
                .body(containsString("collections_rules_reloads_total{outcome=\"ACTIVATED\",trigger=\"startup\"}"))
                .body(containsString("collections_rules_live 1.0"))
                .body(not(containsString("CC-METRICS-7")));
    }
}
