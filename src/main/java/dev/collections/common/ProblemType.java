package dev.collections.common;

/** The kinds of problem the service reports, each with its status, type URI and title. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request could not be read"),
    UNAUTHORIZED(401, "unauthorized", "Credentials are required"),
    FORBIDDEN(403, "forbidden", "This role may not do this"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    BODY_TOO_LARGE(413, "body-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The request body must be JSON"),
    CONFLICT(409, "conflict", "A concurrent change got there first; retry"),
    EXPERIMENT_CONFLICT(409, "experiment-conflict", "The experiment cannot do this now"),
    SCORE_MODEL_REFUSED(409, "score-model-refused", "The score model cannot do this"),
    VALIDATION_FAILED(422, "validation-failed", "The request breaks the API's rules"),
    RULE_EVALUATION_FAILED(500, "rule-evaluation-failed", "The rules could not decide"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    NO_VALID_RULE_SET(503, "no-valid-rule-set", "No valid rule set is loaded"),
    DATABASE_UNAVAILABLE(503, "database-unavailable", "The database is unavailable");

    private static final String BASE = "https://collections.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() { return status; }
    public String title() { return title; }
    public String uri() { return BASE + slug; }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null);
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
