package dev.collections.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Production can use bearer tokens instead of the embedded users: a verification key and issuer by configuration. */
@QuarkusTest
@TestProfile(BearerTokenTest.WithTokens.class)
class BearerTokenTest {
    private static final String BODY = "{\"accountId\":\"JWT-1\",\"daysPastDue\":10,\"overdueAmount\":500,"
            + "\"outstandingBalance\":9000}";

    public static class WithTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "jwt/test-public-key.pem",
                    "mp.jwt.verify.issuer", "https://idp.bank.example");
        }
    }

    private static String token(String issuer, Set<String> groups, Instant expires) {
        return Jwt.issuer(issuer).upn("core-banking-system").groups(groups).expiresAt(expires)
                .sign(privateKey());
    }

    private static java.security.PrivateKey privateKey() {
        try (var in = BearerTokenTest.class.getResourceAsStream("/jwt/test-private-key.pem")) {
            return io.smallrye.jwt.util.KeyUtils.decodePrivateKey(new String(in.readAllBytes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTokenWithTheRoleInItsGroupsIsAccepted() {
        String ok = token("https://idp.bank.example", Set.of("collections-api"), Instant.now().plusSeconds(300));
        given().auth().oauth2(ok).contentType(ContentType.JSON).body(BODY).post("/api/v1/assessments")
                .then().statusCode(200);
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        String auditor = token("https://idp.bank.example", Set.of("auditor"), Instant.now().plusSeconds(300));
        given().auth().oauth2(auditor).contentType(ContentType.JSON).body(BODY).post("/api/v1/assessments")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anExpiredOrForeignTokenIsRefused() {
        String expired = token("https://idp.bank.example", Set.of("collections-api"), Instant.now().minusSeconds(600));
        String foreign = token("https://elsewhere.example", Set.of("collections-api"), Instant.now().plusSeconds(300));
        for (String t : new String[] {expired, foreign, "not.a.token"}) {
            given().auth().oauth2(t).contentType(ContentType.JSON).body(BODY).post("/api/v1/assessments")
                    .then().statusCode(401);
        }
    }
}
