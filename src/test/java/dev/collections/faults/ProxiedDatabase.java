package dev.collections.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * Puts a {@link DatabaseProxy} between the service and the PostgreSQL test database (-Ppostgresql builds). The
 * test gets the proxy injected.
 */
public class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {
    private DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            String testUrl = testUrl();
            String hostPort = testUrl.substring("jdbc:postgresql://".length(), testUrl.indexOf('/', 18));
            String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
            int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
            proxy = new DatabaseProxy(host, port);
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + testUrl.substring(testUrl.indexOf('/', 18))
                    + (testUrl.contains("?") ? "&" : "?") + "connectTimeout=2&socketTimeout=10";
            return Map.of("quarkus.datasource.jdbc.url", url);
        } catch (Exception e) {
            throw new IllegalStateException("The proxied database could not start", e);
        }
    }

    /** Whether this build's tests run on PostgreSQL (-Ppostgresql). */
    public static boolean isPostgres() {
        try {
            return testUrl().startsWith("jdbc:postgresql:");
        } catch (Exception e) {
            return false;
        }
    }

    /** The test database URL this build was made for (application.properties is filtered by Maven). */
    private static String testUrl() throws Exception {
        Properties p = new Properties();
        try (InputStream in = ProxiedDatabase.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("%test.quarkus.datasource.jdbc.url");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(DatabaseProxy.class));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (Exception ignored) {
            // the test is over
        }
    }
}
