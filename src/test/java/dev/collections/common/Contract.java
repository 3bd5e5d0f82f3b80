package dev.collections.common;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every API test is a contract test: each call under /api is checked against the OpenAPI document the service
 * serves (/q/openapi), with the Atlassian validator. Every response must be documented, status and body; a request
 * the service accepted (2xx) must be one the document accepts too. A request it refused may break the document on
 * purpose (the hostile-input and error tests send such requests), but its refusal must still be documented.
 */
public final class Contract implements Filter {
    private static volatile OpenApiInteractionValidator validator;

    /** The filter for the service under test, on {@code port}. */
    public static Filter filter() {
        return new Contract();
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (Contract.class) {
                if (validator == null) {
                    String document = RestAssured.given().auth().none().filters(List.of())
                            .get("/q/openapi?format=json").then().statusCode(200).extract().asString();
                    // credentials are added after the filters run; who may call what is SecurityTest's to check
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                            .withResolveCombinators(true)
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE).build())
                            .build();
                }
            }
        }
        return validator;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (!request.getURI().contains("/api/")) {
            return response;
        }
        boolean accepted = response.statusCode() < 400;
        ValidationReport report = validator().validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        List<ValidationReport.Message> broken = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> accepted || !m.getKey().startsWith("validation.request"))
                .toList();
        if (!broken.isEmpty()) {
            throw new AssertionError("The call breaks the OpenAPI contract: " + request.getMethod() + " "
                    + request.getURI() + " -> " + response.statusCode() + "\n" + broken.stream()
                    .map(m -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n")));
        }
        return response;
    }
}
