package dev.collections.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a Jackson failure into a 400 problem that names the field, without Jackson's wording or class names. */
final class JsonErrors {
    private JsonErrors() {
    }

    static Problem toProblem(JsonProcessingException e) {
        ProblemType type = ProblemType.MALFORMED_REQUEST;
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return type.problem("The body is not well-formed JSON of the expected shape");
        }
        String field = path(mapping.getPath());
        String message = message(mapping);
        return new Problem(type.uri(), type.title(), type.status(), field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return "must be " + expected(target);
        }
        return "has an invalid value";
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "a value of the documented type";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == BigDecimal.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == OffsetDateTime.class) {
            return "an ISO-8601 timestamp with offset, e.g. 2026-11-22T10:15:00+08:00";
        }
        if (target == LocalDate.class || Temporal.class.isAssignableFrom(target)) {
            return "an ISO-8601 date, e.g. 2026-11-22";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
