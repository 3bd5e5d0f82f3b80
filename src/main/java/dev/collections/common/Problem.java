package dev.collections.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document; {@code violations} lists field-level errors of a rejected request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }
}
