package dev.collections.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** api.md "Errors": every error is problem+json with the right status, and nothing internal leaks out. */
@QuarkusTest
class AssessmentErrorsTest {
    private static final String VALID = """
            "accountId":"CC-1","daysPastDue":20,"overdueAmount":100,"outstandingBalance":200""";

    static ValidatableResponse post(String contentType, String body) {
        return given().contentType(contentType).body(body)
                .when().post("/api/v1/assessments")
                .then().contentType("application/problem+json")
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("dev.collections")))
                .body(not(containsString("\tat ")));
    }

    @ParameterizedTest(name = "400 for {0}")
    @ValueSource(strings = {
            "{",
            "not json",
            "",
            "[]",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200} trailing",
            "{\"accountId\":\"CC-1\",\"accountId\":\"CC-2\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":\"20\",\"overdueAmount\":100,\"outstandingBalance\":200}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20.5,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":99999999999999,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "{\"accountId\":12,\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":\"100\",\"outstandingBalance\":200}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"surprise\":1}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"riskGrade\":\"EXTREME\"}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"riskGrade\":\"high\"}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"asOf\":\"2026-11-22T10:15:00\"}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"customer\":{\"deceased\":\"yes\"}}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"customer\":{\"doNotContact\":[\"EMAIL\"]}}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"contacts\":{}}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"contacts\":[{\"channel\":\"CALL\",\"at\":\"yesterday\",\"outcome\":\"NO_ANSWER\"}]}",
            "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"hardship\":{\"status\":\"VERIFIED\",\"declaredOn\":\"2026-13-01\"}}"
    })
    void malformedOrMistypedBodiesAre400(String body) {
        post("application/json", body).statusCode(400).body("status", equalTo(400));
    }

    @Test
    void aMistypedFieldIsNamed() {
        post("application/json", "{\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,"
                + "\"outstandingBalance\":200,\"contacts\":[{\"channel\":\"FAX\",\"at\":\"2026-11-01T10:00:00+08:00\",\"outcome\":\"NO_ANSWER\"}]}")
                .statusCode(400)
                .body("violations.field", hasItem("contacts[0].channel"))
                .body("violations.message", hasItem("must be one of SMS, CALL, HOME_VISIT, LETTER"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        post("application/json", "{" + VALID + ",\"customer\":{\"name\":\"Zhang San\"}}")
                .statusCode(400)
                .body("violations.field", hasItem("customer.name"))
                .body("violations.message", hasItem("unknown field"));
    }

    @ParameterizedTest(name = "422 on {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "accountId           | {\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "accountId           | {\"accountId\":\"CC 1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "accountId           | {\"accountId\":\"\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "accountId           | {\"accountId\":\"CC-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "daysPastDue         | {\"accountId\":\"CC-1\",\"overdueAmount\":100,\"outstandingBalance\":200}",
            "daysPastDue         | {\"accountId\":\"CC-1\",\"daysPastDue\":-1,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "daysPastDue         | {\"accountId\":\"CC-1\",\"daysPastDue\":10001,\"overdueAmount\":100,\"outstandingBalance\":200}",
            "overdueAmount       | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":-0.01,\"outstandingBalance\":200}",
            "overdueAmount       | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100.001,\"outstandingBalance\":200}",
            "overdueAmount       | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":null,\"outstandingBalance\":200}",
            "outstandingBalance  | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100}",
            "outstandingBalance  | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":1e400}",
            "timezone            | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"timezone\":\"Mars/Olympus\"}",
            "currency            | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"currency\":\"yuan\"}",
            "hardship.status     | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"hardship\":{\"reason\":\"OTHER\"}}",
            "arrangement.missedInstallments | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"arrangement\":{\"status\":\"ACTIVE\",\"missedInstallments\":-1}}",
            "promise.dueDate     | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"promise\":{\"status\":\"PENDING\"}}",
            "contacts[0].at      | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"contacts\":[{\"channel\":\"CALL\",\"outcome\":\"NO_ANSWER\"}]}",
            "asOf                | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"asOf\":\"+999999999-12-31T22:00:00+08:00\"}",
            "asOf                | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"asOf\":\"0001-01-01T00:00:00Z\"}",
            "contacts[0].at      | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"contacts\":[{\"channel\":\"CALL\",\"at\":\"-999999999-01-01T00:00:00Z\",\"outcome\":\"NO_ANSWER\"}]}",
            "promise.dueDate     | {\"accountId\":\"CC-1\",\"daysPastDue\":20,\"overdueAmount\":100,\"outstandingBalance\":200,\"promise\":{\"status\":\"PENDING\",\"dueDate\":\"+999999999-12-31\"}}"
    })
    void wellFormedRequestsThatBreakTheRulesAre422(String field, String body) {
        post("application/json", body).statusCode(422)
                .body("status", equalTo(422))
                .body("violations.field", hasItem(field.trim()));
    }

    @Test
    void moreThanAThousandContactsAre422() {
        String contact = "{\"channel\":\"SMS\",\"at\":\"2026-11-01T10:00:00+08:00\",\"outcome\":\"DELIVERED\"}";
        String contacts = String.join(",", java.util.Collections.nCopies(1001, contact));
        post("application/json", "{" + VALID + ",\"contacts\":[" + contacts + "]}")
                .statusCode(422).body("violations.field", hasItem("contacts"));
    }

    @Test
    void aThousandContactsAreFine() {
        String contact = "{\"channel\":\"CALL\",\"at\":\"2026-11-01T10:00:00+08:00\",\"outcome\":\"CONTACTED\"}";
        String contacts = String.join(",", java.util.Collections.nCopies(1000, contact));
        given().contentType(ContentType.JSON).body("{" + VALID + ",\"contacts\":[" + contacts + "]}")
                .when().post("/api/v1/assessments").then().statusCode(200);
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String padding = "x".repeat(1024 * 1024);
        post("application/json", "{" + VALID + ",\"pad\":\"" + padding + "\"}")
                .statusCode(413).body("status", equalTo(413));
    }

    @TestHTTPResource("/api/v1/assessments")
    URI assessments;

    @Test
    void aChunkedBodyOverOneMebibyteIs413ProblemJson() throws Exception {
        byte[] body = ("{" + VALID + ",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(assessments)
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("tester:dev-tester".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"status\":413"), response.body());
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        post("text/plain", "{" + VALID + "}").statusCode(415).body("status", equalTo(415));
    }

    @Test
    void aWrongMethodIs405ProblemJson() {
        given().when().get("/api/v1/assessments")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
