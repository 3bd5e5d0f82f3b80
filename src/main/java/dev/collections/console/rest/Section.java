package dev.collections.console.rest;

import dev.collections.common.Roles;

/** The console's pages and who may open them: the one place the navigation and each page's gate read. */
public enum Section {
    ACCOUNTS("accounts", Roles.ANALYST, Roles.AUDITOR),
    RULES("rules", Roles.ANALYST, Roles.AUDITOR),
    SCENARIOS("scenarios", Roles.ANALYST, Roles.AUDITOR),
    SIMULATION("simulation", Roles.ANALYST),
    TRIAGE("triage", Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST),
    OUTCOMES("outcomes", Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST),
    EXPERIMENTS("experiments", Roles.ANALYST, Roles.AUDITOR, Roles.OPERATOR),
    AGENCIES("agencies", Roles.OPERATOR, Roles.AUDITOR, Roles.ANALYST);

    private final String id;
    private final String[] roles;

    Section(String id, String... roles) {
        this.id = id;
        this.roles = roles;
    }

    public String id() {
        return id;
    }

    public String href() {
        return "/console/" + id;
    }

    String[] roles() {
        return roles.clone();
    }
}
