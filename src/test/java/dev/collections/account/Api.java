package dev.collections.account;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Calls on the record API, as core banking would make them. */
final class Api {
    private Api() {
    }

    static void putAccount(String accountId, String snapshot) {
        given().contentType(ContentType.JSON).body(snapshot)
                .when().put("/api/v1/accounts/" + accountId)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                        org.hamcrest.Matchers.is(201)));
    }

    static Response post(String accountId, String what, String body, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/accounts/" + accountId + "/" + what);
    }

    static Response patch(String accountId, String what, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().patch("/api/v1/accounts/" + accountId + "/" + what);
    }

    static JsonPath assess(String accountId, String overrides) {
        return given().contentType(ContentType.JSON).body(overrides)
                .when().post("/api/v1/accounts/" + accountId + "/assessments")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath account(String accountId) {
        return given().when().get("/api/v1/accounts/" + accountId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath decisions(String accountId, String query) {
        return given().when().get("/api/v1/accounts/" + accountId + "/decisions" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    static String contact(String channel, String at, String outcome) {
        return "{\"channel\":\"" + channel + "\",\"at\":\"" + at + "\",\"outcome\":\"" + outcome + "\"}";
    }
}
