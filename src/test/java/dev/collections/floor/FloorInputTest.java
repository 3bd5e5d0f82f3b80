package dev.collections.floor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Bad capacities, regions, dates and report ranges get a 4xx problem and write nothing. */
@QuarkusTest
class FloorInputTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate NEXT = TODAY.plusDays(3);

    @Test
    void badCapacitiesAreRefusedAndTheDateKeepsItsPlan() {
        String before = given().get("/api/v1/capacities/" + NEXT).then().statusCode(200).extract().asString();
        refused("/api/v1/capacities/" + NEXT, "{\"capacities\":[{\"channel\":\"CALL\",\"capacity\":-1}]}",
                "capacities[0].capacity");
        refused("/api/v1/capacities/" + NEXT, "{\"capacities\":[{\"channel\":\"HOME_VISIT\",\"region\":\"Shanghai\","
                + "\"capacity\":5}]}", "capacities[0].region");
        refused("/api/v1/capacities/" + NEXT, "{\"capacities\":[{\"channel\":\"CALL\",\"region\":\"310101\","
                + "\"capacity\":5}]}", "capacities[0].region");
        refused("/api/v1/capacities/" + NEXT, "{\"capacities\":[{\"channel\":\"CALL\",\"capacity\":5},"
                + "{\"channel\":\"CALL\",\"capacity\":6}]}", "capacities[1]");
        refused("/api/v1/capacities/" + TODAY.minusDays(1), "{\"capacities\":[{\"channel\":\"CALL\",\"capacity\":5}]}",
                "date");
        refused("/api/v1/capacities/" + TODAY.plusDays(400), "{\"capacities\":[]}", "date");
        given().get("/api/v1/capacities/" + NEXT).then().statusCode(200).body(equalTo(before));
    }

    @Test
    void anOperatorsCapacityReplacesTheDefaultForThatDateOnly() {
        given().contentType(ContentType.JSON).body("{\"capacities\":[{\"channel\":\"CALL\",\"capacity\":123},"
                        + "{\"channel\":\"HOME_VISIT\",\"region\":\"310101\",\"capacity\":4}]}")
                .put("/api/v1/capacities/" + NEXT).then().statusCode(200)
                .body("capacities.find { it.channel == 'CALL' }.capacity", equalTo(123))
                .body("capacities.find { it.channel == 'CALL' }.source", equalTo("OVERRIDE"))
                .body("capacities.find { it.region == '310101' }.capacity", equalTo(4))
                .body("capacities.find { it.channel == 'LEGAL_ACTION' }.source", equalTo("DEFAULT"));
        given().get("/api/v1/capacities/" + NEXT.plusDays(1)).then().statusCode(200)
                .body("capacities.find { it.channel == 'CALL' }.source", equalTo("DEFAULT"));
        given().contentType(ContentType.JSON).body("{\"capacities\":[]}").put("/api/v1/capacities/" + NEXT)
                .then().statusCode(200).body("capacities.source", org.hamcrest.Matchers.everyItem(equalTo("DEFAULT")));
    }

    @Test
    void badRegionsDatesAndRangesAreRefused() {
        refusedPut("/api/v1/accounts/FLOOR-1", "{\"daysPastDue\":5,\"overdueAmount\":10,\"outstandingBalance\":100,"
                + "\"region\":\"31-01\"}", "region");
        refusedPut("/api/v1/accounts/FLOOR-1", "{\"daysPastDue\":5,\"overdueAmount\":10,\"outstandingBalance\":100,"
                + "\"asOf\":\"" + TODAY.plusDays(2) + "T10:00:00+08:00\"}", "asOf");
        given().get("/api/v1/accounts/FLOOR-1").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"extract\":\"none-such\",\"businessDate\":\"" + TODAY.plusDays(1)
                + "\"}").post("/api/v1/imports").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("businessDate"));
        given().contentType(ContentType.JSON).body("{\"extract\":\"none-such\",\"businessDate\":\""
                + TODAY.minusDays(400) + "\"}").post("/api/v1/imports").then().statusCode(422)
                .body("violations.field", hasItem("businessDate"));
        given().accept(ContentType.JSON).queryParam("from", TODAY.toString()).queryParam("to", TODAY.minusDays(30)
                .toString()).get("/api/v1/reports/roll-rates").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("to"));
        given().accept(ContentType.JSON).queryParam("from", "yesterday").get("/api/v1/reports/roll-rates")
                .then().statusCode(422).body("violations.field", hasItem("from"));
        given().accept(ContentType.JSON).queryParam("from", TODAY.minusDays(30).toString())
                .queryParam("to", TODAY.toString()).queryParam("horizon", "45").get("/api/v1/reports/outcomes")
                .then().statusCode(422).body("violations.field", hasItem("horizon"));
    }

    private static void refused(String path, String body, String field) {
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    private static void refusedPut(String path, String body, String field) {
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }
}
