package dev.collections.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client generator reads in the served document: both security schemes, each operation's roles, every
 * error as problem+json, typed bodies and parameters, and the statuses the service really answers.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private JsonPath document;

    @BeforeEach
    void fetch() {
        document = given().auth().none().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void bothSecuritySchemesAreDeclaredAndEveryOperationNamesItsRoles() {
        assertEquals("basic", document.getString("components.securitySchemes.basicAuth.scheme"));
        assertEquals("bearer", document.getString("components.securitySchemes.bearerAuth.scheme"));
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                String where = operation.getKey() + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                assertNotNull(op.get("summary"), where + " has a summary");
                assertNotNull(op.get("x-roles"), where + " names its roles");
                assertEquals(2, ((List<?>) op.get("security")).size(), where + " takes Basic or a bearer token");
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                for (String status : List.of("401", "403", "422", "503")) {
                    assertTrue(responses.containsKey(status), where + " documents " + status);
                    assertTrue(((Map<?, ?>) responses.get(status).get("content")).containsKey("application/problem+json"),
                            where + " answers " + status + " as problem+json");
                }
                operations++;
            }
        }
        assertTrue(operations >= 26, operations + " operations");
    }

    @Test
    void createdResourcesAnswer201AndReplaysSayTheyAre() {
        String put = "paths.'/api/v1/accounts/{accountId}'.put.responses";
        assertNotNull(document.get(put + ".'201'"));
        assertNotNull(document.get(put + ".'200'"));
        String contact = "paths.'/api/v1/accounts/{accountId}/contacts'.post.responses.'201'";
        assertNotNull(document.get(contact + ".headers.Idempotent-Replayed"));
    }

    @Test
    void bodiesAndParametersAreTyped() {
        String decisions = "paths.'/api/v1/accounts/{accountId}/decisions'.get";
        assertEquals(List.of("integer", "integer"), document.getList(decisions + ".parameters.findAll { it.in == 'query' }.schema.type"));
        assertEquals(List.of("accountId", "daysPastDue", "overdueAmount", "outstandingBalance"),
                document.getList("components.schemas.AccountFacts.required"));
        String optionalBody = "paths.'/api/v1/accounts/{accountId}/assessments'.post.requestBody.required";
        assertTrue(document.get(optionalBody) == null || Boolean.FALSE.equals(document.get(optionalBody)));
        assertEquals("3.0.3", document.getString("openapi"));
    }
}
