package dev.collections.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.rules.RuleFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules that go wrong at run time, live in the service: one that throws for one account, one that loops for
 * another (both pass every scenario, so a reload would let them in). Only those accounts' requests fail, with a
 * clear problem; a metric counts the failures; everyone else is answered. Then the rules directory disappears and
 * the loaded set keeps serving.
 */
@QuarkusTest
@TestProfile(RuleFaultTest.Profile.class)
class RuleFaultTest {
    static final Path DIR = Path.of("target", "faulty-rules").toAbsolutePath();

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RuleFiles.copyShippedRulesTo(DIR);
            RuleFiles.write(DIR, "faults.drl", """
                    package rules;
                    import dev.collections.policy.*;

                    // Test only: a rule with a bug that shows for one account
                    rule "A rule that divides by zero for one account"
                    when
                        Account( accountId == "FAULT-THROWS" )
                    then
                        int broken = 1 / 0;
                    end

                    // Test only: a rule that never settles for one account
                    rule "A rule that keeps re-inserting for one account"
                    when
                        Account( accountId == "FAULT-LOOPS" )
                        $n : Integer()
                    then
                        delete( $n );
                        insert( Integer.valueOf( $n.intValue() + 1 ) );
                    end

                    rule "The loop's seed"
                    when
                        Account( accountId == "FAULT-LOOPS" )
                        not Integer()
                    then
                        insert( Integer.valueOf( 0 ) );
                    end
                    """);
            return Map.of("collections.rules.directory", DIR.toString(), "collections.rules.watch-interval", "0s");
        }
    }

    private static String request(String accountId) {
        return "{\"accountId\":\"" + accountId + "\",\"asOf\":\"2026-11-22T10:15:00+08:00\",\"daysPastDue\":20,"
                + "\"overdueAmount\":800,\"outstandingBalance\":5000}";
    }

    private static double failures() {
        String metrics = given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("collections_rules_failures_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aRuleThatThrowsFailsThatRequestOnlyAndIsCounted() {
        double before = failures();
        given().contentType(ContentType.JSON).body(request("FAULT-THROWS")).post("/api/v1/assessments")
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("https://collections.dev/problems/rule-evaluation-failed"))
                .body("detail", containsString("could not decide"))
                .body(org.hamcrest.Matchers.not(containsString("ArithmeticException")))
                .body(org.hamcrest.Matchers.not(containsString("at rules.")));
        given().contentType(ContentType.JSON).body(request("FAULT-FINE")).post("/api/v1/assessments")
                .then().statusCode(200).body("nextAction.type", equalTo("CALL"));
        assertEquals(before + 1, failures(), 0.001);
        given().get("/api/v1/accounts/FAULT-THROWS/decisions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aLoopingRuleIsStoppedByTheFiringLimit() {
        double before = failures();
        long start = System.nanoTime();
        given().contentType(ContentType.JSON).body(request("FAULT-LOOPS")).post("/api/v1/assessments")
                .then().statusCode(500).contentType("application/problem+json")
                .body("detail", containsString("firing limit"));
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "the loop was not stopped");
        assertEquals(before + 1, failures(), 0.001);
        given().contentType(ContentType.JSON).body(request("FAULT-FINE-2")).post("/api/v1/assessments")
                .then().statusCode(200);
    }

    @Test
    void whenTheRulesDirectoryDisappearsTheLoadedSetKeepsServing() {
        String version = given().get("/api/v1/rules").then().statusCode(200).extract().path("version");
        RuleFiles.delete(DIR);
        try {
            given().post("/api/v1/rules/reload").then().statusCode(200).body("outcome", equalTo("REFUSED"));
            given().contentType(ContentType.JSON).body(request("FAULT-AFTER")).post("/api/v1/assessments")
                    .then().statusCode(200).body("rulesetVersion", equalTo(version));
            given().auth().none().get("/q/health/ready").then().statusCode(200);
        } finally {
            new Profile().getConfigOverrides();
            given().post("/api/v1/rules/reload").then().statusCode(200);
        }
    }
}
