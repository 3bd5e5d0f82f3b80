package dev.collections.simulation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import dev.collections.rules.RuleFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A candidate rule set (a folder of the candidates directory) simulated over the accounts the service holds. */
@QuarkusTest
class SimulationResourceTest {
    /** The candidates directory of the tests (collections.experiments.directory). */
    private static final Path CANDIDATES = Path.of("target/test-experiments");

    @Test
    void aCandidateIsComparedWithTheLiveRulesOverTheStoredPortfolio() throws Exception {
        given().contentType(ContentType.JSON).body("""
                {"daysPastDue":70,"overdueAmount":4000,"outstandingBalance":20000,
                 "customer":{"addressVerified":true,"phoneReachable":false}}""")
                .put("/api/v1/accounts/SIM-1").then().statusCode(201);
        Path candidate = RuleFiles.copyShippedRulesTo(CANDIDATES.resolve("sim-larger-visits"));
        Path parameters = candidate.resolve("parameters.drl");
        Files.writeString(parameters, Files.readString(parameters)
                .replace("largeArrears() { return new BigDecimal(\"5000\"); }",
                        "largeArrears() { return new BigDecimal(\"3000\"); }"));
        String body = "{\"candidateDirectory\":\"sim-larger-visits\",\"asOf\":\"2026-11-23T10:00:00+08:00\"}";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/simulations")
                .then().statusCode(200)
                .body("accounts", greaterThanOrEqualTo(1))
                .body("samples.'next action: CALL -> HOME_VISIT'", hasItem("SIM-1"));
        given().contentType(ContentType.JSON).accept("text/html").body(body)
                .when().post("/api/v1/simulations")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("SIM-1"));
        RuleFiles.delete(candidate);
    }

    @Test
    void aCandidateThatDoesNotCompileIsRefused() {
        Path candidate = RuleFiles.copyShippedRulesTo(CANDIDATES.resolve("sim-broken"));
        RuleFiles.write(candidate, "broken.drl", "package rules;\nrule \"x\" when Acount() then end\n");
        given().contentType(ContentType.JSON).body("{\"candidateDirectory\":\"sim-broken\"}")
                .when().post("/api/v1/simulations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].message", containsString("broken.drl"));
        RuleFiles.delete(candidate);
    }

    /** Only the candidates listed may be named: any other folder is refused alike, whether it exists or not. */
    @Test
    void noFolderOutsideTheCandidatesDirectoryCanBeNamedOrProbed() {
        String existing = Path.of("rules").toAbsolutePath().toString();
        String[] names = {existing, "/nowhere/at/all", "../rules", "rules", "/etc"};
        java.util.Set<String> answers = new java.util.HashSet<>();
        for (String name : names) {
            answers.add(given().contentType(ContentType.JSON).body("{\"candidateDirectory\":\"" + name + "\"}")
                    .when().post("/api/v1/simulations")
                    .then().statusCode(422).body("violations[0].field", equalTo("candidateDirectory"))
                    .extract().asString());
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, answers.size(), "one answer for every name: " + answers);
    }
}
