package dev.collections.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * What core banking does with our OpenAPI document: the OpenAPI Generator (its command-line jar, copied by the build
 * into target/tools) makes a Java client (native HTTP client) from a running service's /q/openapi, which is compiled
 * together with core banking's code (src/test/client) and run against that service with Basic credentials. Used
 * against the test service ({@link GeneratedClientTest}) and the packaged one (the integration suite).
 */
public final class GeneratedClient {
    private static final Path GENERATOR = Path.of("target/tools/openapi-generator-cli.jar");
    /** What core banking's code sees through the generated client on a fresh record. */
    public static final List<String> RECORDED_DAY = List.of("example SMS by Large arrears in stage M3 get a home visit",
            "retry same contact", "record SMS", "history 1", "contacts 1");

    private GeneratedClient() {
    }

    /** What {@code RecordedDay} saw, run through a client generated in {@code work} from {@code base}'s document. */
    @SuppressWarnings("unchecked")
    public static List<String> recordedDay(String base, String user, String password, Path work) throws Exception {
        assertTrue(Files.isRegularFile(GENERATOR), "the build copies the generator to " + GENERATOR
                + " (generate-test-resources): run the tests through Maven");
        Files.createDirectories(work);
        Path document = work.resolve("openapi.json");
        // HTTP/1.1: the JDK client's h2c upgrade on plain http once misread the answer (MAX_FRAME_SIZE) in CI
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> served = http.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode(), "the service serves its OpenAPI document");
        Files.writeString(document, served.body());

        Process generate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GENERATOR.toString(), "generate", "-i", document.toString(), "-g", "java",
                "--library", "native", "-o", work.resolve("sources").toString(), "--additional-properties="
                + "useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true,"
                + "invokerPackage=dev.collections.client,apiPackage=dev.collections.client.api,"
                + "modelPackage=dev.collections.client.model",
                "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false")
                .redirectErrorStream(true).redirectOutput(work.resolve("generator.log").toFile()).start();
        assertTrue(generate.waitFor(180, TimeUnit.SECONDS), "the generator finished");
        assertEquals(0, generate.exitValue(), () -> read(work.resolve("generator.log")));

        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> generated = Files.walk(work.resolve("sources/src/main/java"));
             Stream<Path> usage = Files.walk(Path.of("src/test/client"))) {
            sources = Stream.concat(generated, usage).filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var errors = new java.io.ByteArrayOutputStream();
        String[] arguments = Stream.concat(Stream.of("-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), "-nowarn", "-proc:none"), sources.stream()).toArray(String[]::new);
        assertEquals(0, javac.run(null, null, errors, arguments), () -> errors.toString(StandardCharsets.UTF_8));

        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedClient.class.getClassLoader())) {
            var day = (BiFunction<String, String, List<String>>) loader
                    .loadClass("dev.collections.client.usage.RecordedDay").getConstructor().newInstance();
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            return day.apply(base, basic);
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
