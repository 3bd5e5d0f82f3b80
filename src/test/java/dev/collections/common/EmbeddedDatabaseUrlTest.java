package dev.collections.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The embedded database URLs the service and the commands start with (the tests use an in-memory one) open a
 * file database: H2 refuses some combinations of settings only when it opens a file (AUTO_SERVER with
 * DB_CLOSE_ON_EXIT=FALSE did, and `./mvnw quarkus:dev` did not start).
 */
class EmbeddedDatabaseUrlTest {

    @Test
    void theServicesDefaultUrlOpensItsFile() throws Exception {
        String url = serviceUrl();
        assumeTrue(url.startsWith("jdbc:h2:"), "the H2 build's default only");
        assertOpens(url);
    }

    @Test
    void theCommandsDefaultUrlOpensItsFile() throws Exception {
        String url = serviceUrl();
        assumeTrue(url.startsWith("jdbc:h2:"), "the H2 build's default only");
        assertOpens(CommandConfig.commandUrl(url));
    }

    private String serviceUrl() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.datasource.jdbc.url");
    }

    private static void assertOpens(String url) throws Exception {
        Path dir = Files.createTempDirectory("embedded-url");
        String atTemp = url.replace("./data/collections", dir.resolve("collections").toString());
        try (Connection c = DriverManager.getConnection(atTemp, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
