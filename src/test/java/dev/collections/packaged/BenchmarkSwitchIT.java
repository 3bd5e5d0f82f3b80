package dev.collections.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged service started as {@code bench/run-load.sh} starts it, with the load test's bare endpoint switched on
 * ({@code -Dcollections.benchmark.bare-endpoint=true}): it starts (the key is one the configuration knows) and the
 * endpoint answers with the body it was given. Off unless so started: {@code SecurityTest}.
 */
@QuarkusIntegrationTest
@WithTestResource(BenchmarkSwitchIT.WithBareEndpoint.class)
class BenchmarkSwitchIT {

    /** The packaged suite's settings and the load test's switch. */
    public static class WithBareEndpoint implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            Map<String, String> settings = new HashMap<>(new PackagedServiceConfig().start());
            settings.put("collections.benchmark.bare-endpoint", "true");
            return settings;
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void theLoadTestsBareEndpointAnswersWhenTheServiceIsStartedWithIt() {
        // the endpoint is outside the OpenAPI document (hidden): no contract filter another test left on applies
        given().noFilters().auth().preemptive().basic("tester", "dev-tester").contentType(ContentType.JSON)
                .body("{\"accountId\":\"BENCH-BARE-1\",\"daysPastDue\":5,\"overdueAmount\":100,"
                        + "\"outstandingBalance\":1000}")
                .post("/api/v1/benchmark/bare-assessments").then().statusCode(200)
                .body("accountId", equalTo("BENCH-BARE-1"));
    }
}
