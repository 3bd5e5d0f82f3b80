package dev.collections.rules;

/** The rules could not decide for an account: a rule threw, looped past the firing limit, or left the decision incomplete. */
public class RuleEvaluationException extends RuntimeException {
    public RuleEvaluationException(String message) {
        super(message);
    }

    public RuleEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
