package dev.collections.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A client generated from the served document works: the OpenAPI Generator (its command-line jar, copied by the
 * build into target/tools) makes a Java client (native HTTP client) from /q/openapi, which is compiled together
 * with core banking's code (src/test/client) and run against the service with Basic credentials.
 */
@QuarkusTest
class GeneratedClientTest {
    private static final Path GENERATOR = Path.of("target/tools/openapi-generator-cli.jar");
    private static final Path WORK = Path.of("target/generated-client");

    @TestHTTPResource("/")
    URL service;

    @Test
    @SuppressWarnings("unchecked")
    void theReadmeExampleAndARecordedDayWorkThroughAGeneratedClient() throws Exception {
        assumeTrue(Files.isRegularFile(GENERATOR), "the build copies the generator to " + GENERATOR);
        Files.createDirectories(WORK);
        Path document = WORK.resolve("openapi.json");
        Files.writeString(document, given().auth().none().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());

        Process generate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GENERATOR.toString(), "generate", "-i", document.toString(), "-g", "java",
                "--library", "native", "-o", WORK.resolve("sources").toString(), "--additional-properties="
                + "useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true,"
                + "invokerPackage=dev.collections.client,apiPackage=dev.collections.client.api,"
                + "modelPackage=dev.collections.client.model",
                "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("generator.log").toFile()).start();
        assertTrue(generate.waitFor(180, TimeUnit.SECONDS), "the generator finished");
        assertEquals(0, generate.exitValue(), () -> read(WORK.resolve("generator.log")));

        Path classes = WORK.resolve("classes");
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> generated = Files.walk(WORK.resolve("sources/src/main/java"));
             Stream<Path> usage = Files.walk(Path.of("src/test/client"))) {
            sources = Stream.concat(generated, usage).filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var errors = new java.io.ByteArrayOutputStream();
        String[] arguments = Stream.concat(Stream.of("-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), "-nowarn", "-proc:none"), sources.stream()).toArray(String[]::new);
        assertEquals(0, javac.run(null, null, errors, arguments), () -> errors.toString(StandardCharsets.UTF_8));

        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            var day = (BiFunction<String, String, List<String>>) loader
                    .loadClass("dev.collections.client.usage.RecordedDay").getConstructor().newInstance();
            String basic = "Basic " + Base64.getEncoder().encodeToString(("tester:" + TestUser.PASSWORD_PREFIX
                    + "tester").getBytes(StandardCharsets.UTF_8));
            String base = service.toString().endsWith("/") ? service.toString().substring(0, service.toString().length() - 1)
                    : service.toString();
            assertEquals(List.of("example SMS by Large arrears in stage M3 get a home visit", "retry same contact",
                    "record SMS", "history 1", "contacts 1"), day.apply(base, basic));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
