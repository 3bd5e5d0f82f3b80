package dev.collections.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A client generated from the served document works ({@link GeneratedClient}): the README example, a recorded day. */
@QuarkusTest
class GeneratedClientTest {
    @TestHTTPResource("/")
    URL service;

    @Test
    void theReadmeExampleAndARecordedDayWorkThroughAGeneratedClient() throws Exception {
        String base = service.toString().replaceAll("/$", "");
        assertEquals(GeneratedClient.RECORDED_DAY, GeneratedClient.recordedDay(base, "tester", TestUser.PASSWORD_PREFIX + "tester",
                Path.of("target/generated-client")));
    }
}
