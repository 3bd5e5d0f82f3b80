package dev.collections.packaged;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What an operator sets for the packaged service (README, docs/operations.md), given to the jar the integration
 * suite starts: the console sessions' key, users with hashed passwords, the database of this build (H2 or
 * PostgreSQL, cleaned first), and the directories of extracts, work lists and candidates. The rules directory is
 * the repository's {@code rules/}, relative to where the jar is started, as the README starts it.
 */
public class PackagedServiceConfig implements QuarkusTestResourceLifecycleManager {
    static final Path WORK = Path.of("target/packaged-it");
    static final String KEY = "packaged-suite-key-0123456789-abcdefghijklmnop";
    static final String OPERATOR = "it-operator";
    static final String PASSWORD = "it-password-1";

    @Override
    public Map<String, String> start() {
        String url = System.getProperty("collections.it.db-url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("collections.it.db-url is set by the build (failsafe): run ./mvnw verify");
        }
        return Map.ofEntries(
                Map.entry("quarkus.http.auth.session.encryption-key", KEY),
                Map.entry("quarkus.datasource.jdbc.url", url),
                Map.entry("quarkus.datasource.username", System.getProperty("collections.it.db-username", "sa")),
                Map.entry("quarkus.flyway.clean-at-start", "true"),
                Map.entry("quarkus.flyway.clean-disabled", "false"),
                Map.entry("quarkus.security.users.embedded.users.tester", hash("tester", "dev-tester")),
                Map.entry("quarkus.security.users.embedded.roles.tester",
                        "collections-api,policy-analyst,operator,auditor"),
                Map.entry("quarkus.security.users.embedded.users." + OPERATOR, hash(OPERATOR, PASSWORD)),
                Map.entry("quarkus.security.users.embedded.roles." + OPERATOR, "operator"),
                Map.entry("collections.triage.schedule", "off"),
                Map.entry("collections.triage.inbound-directory", WORK.resolve("inbound").toString()),
                Map.entry("collections.triage.output-directory", WORK.resolve("triage-runs").toString()),
                Map.entry("collections.experiments.directory", WORK.resolve("candidates").toString()));
    }

    @Override
    public void stop() {
    }

    /** The embedded identity store's hash: HEX(SHA-256("user:collections:password")), as the README says. */
    static String hash(String user, String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((user + ":collections:" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
