package dev.collections.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with what every operation shares, from the code itself so that it cannot drift:
 * both security schemes (HTTP Basic and bearer JWT) and the roles of each operation (its {@code @RolesAllowed},
 * as {@code x-roles} and in words), and every error it can answer as application/problem+json (400 unreadable,
 * 401, 403, 404 for a path naming something, 409 a concurrent change, 413 and 415 for a body, 422 with violations,
 * 500 when the rules fail, 503 no rule set or no database); and on every answer of an operation that takes an
 * Idempotency-Key, the Idempotent-Replayed header. The schemas and schemes are in META-INF/openapi.yaml.
 */
public class ApiContract implements OASFilter {
    private static final String API = "/api/";
    /** The header that makes an event POST safe to retry. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String VALIDATION_PROBLEM = "#/components/schemas/ValidationProblem";
    private static final Map<String, String> REASONS = new TreeMap<>(Map.of(
            "400", "The request could not be read: malformed JSON, a wrong type, an unknown field or enum value",
            "401", "No credentials, or wrong ones",
            "403", "The caller's roles may not do this",
            "404", "Nothing of that id",
            "409", "A concurrent change got there first; retry",
            "413", "The body is over 1 MiB",
            "415", "The body is not JSON",
            "422", "A readable request that breaks the API's rules; nothing was written",
            "500", "The rules could not decide for this account",
            "503", "No valid rule set is loaded, or the database is unreachable; retry later"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        overlayWithoutRequiredFields(openAPI);
        optionalMeansNullable(openAPI);
        Map<String, List<String>> roles = ResourceRoles.scan();
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.getOperations().forEach((method, operation) ->
                        complete(path, method, operation, roles.get(method.name() + " " + path)));
            }
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation, List<String> roles) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("basicAuth"),
                OASFactory.createSecurityRequirement().addScheme("bearerAuth")));
        if (roles != null) {
            operation.addExtension("x-roles", roles);
            String who = "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        }
        APIResponses responses = operation.getResponses();
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IDEMPOTENCY_KEY.equals(p.getName()))) {
            responses.getAPIResponses().entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                    .forEach(r -> r.getValue().addHeader(REPLAYED, OASFactory.createHeader()
                            .ref("#/components/headers/" + REPLAYED)));
        }
        boolean body = operation.getRequestBody() != null;
        boolean named = path.contains("{");
        for (String status : REASONS.keySet()) {
            boolean applies = switch (status) {
                case "404" -> named || path.endsWith("/assessments") && path.contains("accounts");
                case "409" -> method != PathItem.HttpMethod.GET;
                case "413", "415" -> body;
                case "500" -> path.contains("assessments") || path.contains("triage") || path.contains("simulations");
                default -> true;
            };
            if (responses.getAPIResponse(status) != null) {
                responses.getAPIResponse(status).setContent(problemContent(status));
            } else if (applies) {
                responses.addAPIResponse(status, problem(status));
            }
        }
    }

    /**
     * An assessment from the record takes the same facts as a stateless one, every field optional (they lay over the
     * stored ones): its body is a copy of {@code AccountFacts} without required fields, derived here, not kept.
     */
    private static void overlayWithoutRequiredFields(OpenAPI openAPI) {
        var schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        var item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem("/api/v1/accounts/{accountId}/assessments");
        if (schemas == null || !schemas.containsKey("AccountFacts") || item == null || item.getPOST() == null
                || item.getPOST().getRequestBody() == null) {
            return;
        }
        Schema facts = schemas.get("AccountFacts");
        Schema overlay = OASFactory.createSchema().type(facts.getType()).properties(facts.getProperties())
                .description("The facts of AccountFacts, every one optional: given ones replace the stored ones,"
                        + " contacts given are added to the stored ones");
        openAPI.getComponents().addSchema("AccountFactsOverlay", overlay);
        item.getPOST().getRequestBody().getContent().getMediaTypes().values()
                .forEach(media -> media.setSchema(OASFactory.createSchema().ref("#/components/schemas/AccountFactsOverlay")));
    }

    /**
     * A property that is not required may be absent or null: in OpenAPI 3.0, {@code nullable}. A reference cannot
     * carry it: one to a simple type (a date, a time, an enumeration) is written out in place, one to an object
     * becomes {@code allOf: [$ref]}.
     */
    private static void optionalMeansNullable(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        for (Schema schema : components.values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            schema.getProperties().forEach((name, property) -> {
                if (required.contains(name)) {
                    return;
                }
                Schema simple = property.getRef() == null ? null
                        : components.get(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
                if (simple != null && simple.getProperties() == null && simple.getType() != null) {
                    property.setRef(null);
                    property.setType(new java.util.ArrayList<>(simple.getType()));
                    property.setFormat(simple.getFormat());
                    property.setEnumeration(simple.getEnumeration());
                    property.setDescription(simple.getDescription());
                } else if (property.getRef() != null) {
                    property.setAllOf(List.of(OASFactory.createSchema().ref(property.getRef())));
                    property.setRef(null);
                    property.setType(new java.util.ArrayList<>(List.of(Schema.SchemaType.OBJECT)));
                }
                if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                    property.addType(Schema.SchemaType.NULL);
                }
            });
        }
    }

    private static APIResponse problem(String status) {
        return OASFactory.createAPIResponse().description(REASONS.get(status)).content(problemContent(status));
    }

    private static Content problemContent(String status) {
        String schema = "422".equals(status) ? VALIDATION_PROBLEM : PROBLEM;
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)));
    }

    /** Each resource method's roles, by "METHOD /path", read from the resource classes' annotations. */
    static final class ResourceRoles {
        private ResourceRoles() {
        }

        static Map<String, List<String>> scan() {
            Map<String, List<String>> roles = new TreeMap<>();
            for (Class<?> resource : ResourceClasses.all()) {
                jakarta.ws.rs.Path base = resource.getAnnotation(jakarta.ws.rs.Path.class);
                RolesAllowed classRoles = resource.getAnnotation(RolesAllowed.class);
                for (Method m : resource.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = join(base == null ? "" : base.value(), sub == null ? "" : sub.value());
                    RolesAllowed allowed = m.getAnnotation(RolesAllowed.class) != null
                            ? m.getAnnotation(RolesAllowed.class) : classRoles;
                    if (allowed != null) {
                        roles.put(verb + " " + path, List.of(allowed.value()));
                    }
                }
            }
            return roles;
        }

        private static String verb(Method m) {
            for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, PATCH.class,
                    DELETE.class)) {
                if (m.isAnnotationPresent(verb)) {
                    return verb.getSimpleName();
                }
            }
            return null;
        }

        private static String join(String base, String sub) {
            String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
            return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        }
    }
}
