package dev.collections.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules that do not compile: the service starts, is not ready, answers 503 and says what is wrong. */
@QuarkusTest
@TestProfile(BrokenRulesTest.BrokenRules.class)
class BrokenRulesTest {

    public static class BrokenRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path dir = RuleFiles.copyOfShippedRules();
            RuleFiles.write(dir, "ladder.drl", """
                    package rules;
                    import dev.collections.policy.*;

                    rule "Unfinished rule"
                    when
                        Account( daysPastDue >
                    then
                    end
                    """);
            return Map.of("collections.rules.directory", dir.toString());
        }
    }

    @Test
    void theServiceIsNotReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'rules' }.status", equalTo("DOWN"));
    }

    @Test
    void theServiceIsStillLive() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void assessmentsAnswer503ProblemJson() {
        given().contentType(ContentType.JSON)
                .body("{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200}")
                .when().post("/api/v1/assessments")
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503))
                .body(not(containsString("Exception")));
    }

    @Test
    void theRulesEndpointListsTheErrorWithFileAndLine() {
        given().when().get("/api/v1/rules")
                .then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors.file", hasItem("ladder.drl"))
                .body("errors.find { it.file == 'ladder.drl' }.line", org.hamcrest.Matchers.notNullValue());
    }
}
