package dev.collections.policy;

import com.fasterxml.jackson.annotation.JsonValue;

/** Delinquency stages; which days past due fall in which stage is set in rules/stages.drl. */
public enum DelinquencyStage {
    M0("M0"), M1("M1"), M2("M2"), M3("M3"), M4_PLUS("M4+");

    private final String label;

    DelinquencyStage(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
