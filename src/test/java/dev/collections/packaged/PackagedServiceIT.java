package dev.collections.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.common.Contract;
import dev.collections.common.GeneratedClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service as the README runs it ({@code java -jar target/quarkus-app/quarkus-run.jar}, profile prod,
 * the settings an operator gives it: {@link PackagedServiceConfig}), on the database of this build: what ships
 * works. Small on purpose: the suite proves each feature; this proves the jar.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedServiceIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void asTheTester() {
        RestAssured.authentication = RestAssured.preemptive().basic("tester", "dev-tester");
        RestAssured.replaceFiltersWith(Contract.filter());
    }

    @Test
    @Order(1)
    void theOpenApiDocumentAndTheSwaggerUiLoad() {
        given().auth().none().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", startsWith("3.0")).body("paths.'/api/v1/assessments'.post.x-roles",
                        equalTo(List.of("collections-api")));
        String ui = given().auth().none().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertTrue(ui.contains("swagger-ui"), "the Swagger UI page");
        String points = ui.contains("/q/openapi") ? ui
                : given().auth().none().get("/q/swagger-ui/swagger-initializer.js").then().statusCode(200)
                        .extract().asString();
        assertTrue(points.contains("/q/openapi"), "the UI loads the served document");
    }

    @Test
    @Order(2)
    void aClientGeneratedFromTheServedDocumentMakesItsRoundTrip() throws Exception {
        assertEquals(GeneratedClient.RECORDED_DAY, GeneratedClient.recordedDay(base(), "tester", "dev-tester",
                Path.of("target/generated-client-packaged")));
    }

    @Test
    @Order(3)
    void anAssessmentIsAnswered() throws IOException {
        given().contentType(ContentType.JSON).body(Files.readString(Path.of("src/test/resources/example-request.json")))
                .post("/api/v1/assessments").then().statusCode(200).body("nextAction.type", equalTo("NONE"))
                .body("nextAction.rule", equalTo("Autodebit failure is not the customer's fault"));
        given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN")
                .body(Files.readString(Path.of("src/test/resources/example-request.json")))
                .post("/api/v1/assessments").then().statusCode(200).header("Content-Language", "zh")
                .body("nextAction.reason", startsWith("自动扣款失败"));
    }

    @Test
    @Order(4)
    void theConsoleSignsInSpeaksBothLanguagesAndASignedOutCookieIsRefused() {
        var signIn = given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", PackagedServiceConfig.OPERATOR)
                .formParam("j_password", PackagedServiceConfig.PASSWORD).post("/j_security_check");
        assertEquals(302, signIn.statusCode());
        String cookie = signIn.getCookie("collections-console");
        String zh = given().noFilters().auth().none().cookie("collections-console", cookie).get("/console?lang=zh")
                .then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body(containsString("催收控制台")).extract().asString();
        given().noFilters().auth().none().cookie("collections-console", cookie).get("/console/triage?lang=en")
                .then().statusCode(200).body(containsString("Collections console"));
        String token = zh.replaceAll("(?s).*name=\"_csrf\" value=\"([0-9a-f]{64})\".*", "$1");
        given().noFilters().auth().none().redirects().follow(false).cookie("collections-console", cookie)
                .contentType(ContentType.URLENC).formParam("_csrf", token).post("/console/logout")
                .then().statusCode(303);
        given().noFilters().auth().none().redirects().follow(false).cookie("collections-console", cookie)
                .get("/console/triage").then().statusCode(303).header("Location", containsString("/console/login"));
    }

    @Test
    @Order(5)
    void anExtractImportsInFullAndDeltaModesAndAPartialFullOneIsRefused() throws IOException {
        extract("it-full", 10);
        extract("it-small", 2);
        given().contentType(ContentType.JSON).body("{\"extract\":\"it-full\"}").post("/api/v1/imports")
                .then().statusCode(200).body("mode", equalTo("FULL")).body("positionsAfter", equalTo(10));
        given().contentType(ContentType.JSON).body("{\"extract\":\"it-small\"}").post("/api/v1/imports")
                .then().statusCode(422).body("violations[0].field", equalTo("accounts.csv"));
        given().contentType(ContentType.JSON).body("{\"extract\":\"it-small\",\"mode\":\"DELTA\"}")
                .post("/api/v1/imports").then().statusCode(200).body("mode", equalTo("DELTA"))
                .body("positionsBefore", equalTo(10)).body("positionsAfter", equalTo(10));
    }

    @Test
    @Order(6)
    void aNightIsTriagedWithItsWorkListsAndAFutureOneIsRefused() throws InterruptedException {
        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + TODAY.plusDays(1) + "\"}")
                .post("/api/v1/triage-runs").then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + TODAY + "\"}")
                .post("/api/v1/triage-runs").then().statusCode(org.hamcrest.Matchers.oneOf(200, 202));
        String status = "";
        for (int i = 0; i < 120 && !"COMPLETED".equals(status); i++) {
            Thread.sleep(500);
            status = given().get("/api/v1/triage-runs/" + TODAY).then().statusCode(200).extract().path("status");
        }
        assertEquals("COMPLETED", status);
        String calls = given().get("/api/v1/triage-runs/" + TODAY + "/files/calls.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(calls.contains("IT-"), calls);
    }

    @Test
    @Order(7)
    void validateRunsFromThePackagedApplication() throws Exception {
        Run good = run(List.of("validate", "--rules=rules"));
        assertEquals(0, good.exit(), good.output());
        assertTrue(good.output().contains("PASSED"), good.output());
        Path broken = Files.createDirectories(PackagedServiceConfig.WORK.resolve("broken-rules"));
        Files.writeString(broken.resolve("broken.drl"), "package rules;\nrule \"x\" when Acount() then end\n");
        Run bad = run(List.of("validate", "--rules=" + broken));
        assertEquals(1, bad.exit(), bad.output());
    }

    @Test
    @Order(8)
    void withoutASessionKeyThePackagedServiceRefusesToStart() throws Exception {
        // a database the build's driver reaches: the IT's own on PostgreSQL, a private in-memory one on H2
        String url = System.getProperty("collections.it.db-url");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        Run refused = run(List.of(), "-Dquarkus.http.port=0", "-Dquarkus.datasource.jdbc.url=" + (postgres ? url
                : "jdbc:h2:mem:no-key;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"), "-Dquarkus.datasource.username="
                + (postgres ? System.getProperty("collections.it.db-username", "postgres") : "sa"));
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("No console session key is configured"), refused.output());
        assertTrue(!refused.output().contains("temporary key"), "no generated key is logged");
    }

    @Test
    @Order(9)
    void theScoreTrainsGoesLiveAndScoresFromThePackagedService() throws Exception {
        // XGBoost's native library loads from the packaged jar, in the service and in a command
        String version = given().contentType(ContentType.JSON).body("{\"source\":\"UCI\"}")
                .post("/api/v1/score-models").then().statusCode(201).extract().path("version");
        given().post("/api/v1/score-models/" + version + "/live").then().statusCode(200)
                .body("live", org.hamcrest.Matchers.equalTo(true));
        given().contentType(ContentType.JSON).body("{\"daysPastDue\":45,\"overdueAmount\":2000,"
                + "\"outstandingBalance\":10000}").put("/api/v1/accounts/IT-SCORE-1").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN").body("{}")
                .post("/api/v1/accounts/IT-SCORE-1/assessments").then().statusCode(200)
                .body("score.model", org.hamcrest.Matchers.equalTo(version))
                .body("score.probability", org.hamcrest.Matchers.greaterThan(0f));
        given().delete("/api/v1/score-models/live").then().statusCode(204);
        Run trained = run(List.of("train-score", "--out=" + PackagedServiceConfig.WORK.resolve("score")));
        assertEquals(0, trained.exit(), trained.output());
        assertTrue(trained.output().contains("gradient-boosted trees (XGBoost) | 0.77"), trained.output());
    }

    private record Run(int exit, String output) {
    }

    /** The packaged jar run as an operator runs it, with {@code args}; the environment's session key removed. */
    private static Run run(List<String> args, String... jvm) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(jvm));
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(args);
        Path log = Files.createTempFile("packaged-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
        Process p = builder.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the packaged application did not finish: " + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void extract(String name, int accounts) throws IOException {
        Path dir = Files.createDirectories(PackagedServiceConfig.WORK.resolve("inbound").resolve(name));
        StringBuilder csv = new StringBuilder("accountId,daysPastDue,overdueAmount,outstandingBalance\n");
        for (int i = 1; i <= accounts; i++) {
            csv.append(String.format("IT-%03d,%d,%d.00,20000.00%n", i, 20 + i, 1000 * i));
        }
        Files.writeString(dir.resolve("accounts.csv"), csv.toString());
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }
}
