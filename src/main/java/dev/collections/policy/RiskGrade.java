package dev.collections.policy;

/** Risk grade supplied by the bank's scoring. */
public enum RiskGrade {
    LOW, MEDIUM, HIGH
}
