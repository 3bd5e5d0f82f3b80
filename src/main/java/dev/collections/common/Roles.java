package dev.collections.common;

/**
 * Who may call what. Every REST resource names its roles; a resource that names none is refused
 * ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}). Health stays open.
 */
public final class Roles {
    /** Core banking: assess, record events, read an account. */
    public static final String API = "collections-api";
    /** Policy analysts: the rules, reloads, simulations. */
    public static final String ANALYST = "policy-analyst";
    /** Operations: imports and triage runs. */
    public static final String OPERATOR = "operator";
    /** Audit: decisions and the rule-set history, read only. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
