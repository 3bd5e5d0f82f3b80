package dev.collections.rules;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.collections.rules.RuleFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An analyst saves a file; without any call, the service notices and puts it live once it passes its checks. */
@QuarkusTest
@TestProfile(RulesWatcherTest.Profile.class)
class RulesWatcherTest {
    static final Path DIR = Path.of("target", "watched-rules").toAbsolutePath();

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RuleFiles.copyShippedRulesTo(DIR);
            return Map.of("collections.rules.directory", DIR.toString(),
                    "collections.rules.watch-interval", "200ms");
        }
    }

    @Test
    void aSavedEditGoesLiveWithoutACall() throws Exception {
        String before = given().get("/api/v1/rules").then().extract().path("version");
        Path stages = DIR.resolve("stages.drl");
        Files.writeString(stages, Files.readString(stages) + "\n// edited in place\n");
        JsonPath rules = null;
        for (int i = 0; i < 300; i++) {
            rules = given().get("/api/v1/rules").then().extract().jsonPath();
            if (!before.equals(rules.getString("version"))) {
                break;
            }
            Thread.sleep(100);
        }
        assertNotEquals(before, rules.getString("version"), "the edit did not go live within 30 s");
        assertEquals("file change", rules.getString("lastReload.trigger"));
        assertEquals("ACTIVATED", rules.getString("lastReload.outcome"));
    }
}
