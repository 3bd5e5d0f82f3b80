package dev.collections.common;

import java.util.List;

/** Thrown anywhere to answer with a problem document; the global mapper renders it. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException validation(List<Problem.Violation> violations) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(),
                violations.size() + " field(s) break the API's rules", violations));
    }

    public Problem problem() {
        return problem;
    }
}
