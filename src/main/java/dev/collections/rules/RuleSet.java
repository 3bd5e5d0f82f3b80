package dev.collections.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled rules directory: its content hash, its files and rules, and either a KieBase ready to evaluate or
 * the errors that kept it from compiling. Immutable; shared by every request.
 */
public record RuleSet(String version, String directory, Instant compiledAt, List<RuleFile> files,
                      List<RuleInfo> rules, List<RuleError> errors, @JsonIgnore KieBase kieBase,
                      @JsonIgnore KieSessionsPool sessions, @JsonIgnore CapacityTable capacity,
                      @JsonIgnore Texts texts) {
    private static final int POOLED_SESSIONS = 8;

    /** The same compiled set, shown as loaded from {@code directory} (a set compiled from the database's files). */
    public RuleSet from(String directory) {
        return new RuleSet(version, directory, compiledAt, files, rules, errors, kieBase, sessions, capacity, texts);
    }

    /** A rule set whose sessions come from a pool: a session is reset for the next account, not built anew. */
    public RuleSet(String version, String directory, Instant compiledAt, List<RuleFile> files, List<RuleInfo> rules,
                   List<RuleError> errors, KieBase kieBase) {
        this(version, directory, compiledAt, files, rules, errors, kieBase, CapacityTable.UNLIMITED);
    }

    /** As above, with the teams' default capacity of its capacity.csv. */
    public RuleSet(String version, String directory, Instant compiledAt, List<RuleFile> files, List<RuleInfo> rules,
                   List<RuleError> errors, KieBase kieBase, CapacityTable capacity) {
        this(version, directory, compiledAt, files, rules, errors, kieBase, capacity, Texts.NONE);
    }

    /** As above, with what its decisions say in each language (its language/*.yaml). */
    public RuleSet(String version, String directory, Instant compiledAt, List<RuleFile> files, List<RuleInfo> rules,
                   List<RuleError> errors, KieBase kieBase, CapacityTable capacity, Texts texts) {
        this(version, directory, compiledAt, files, rules, errors, kieBase,
                kieBase == null ? null : kieBase.newKieSessionsPool(POOLED_SESSIONS), capacity, texts);
    }

    public record RuleFile(String path, String sha256) {
    }

    /** A rule as the analyst wrote it: its name, its file and the comment above it (the policy line it cites). */
    public record RuleInfo(String name, String file, String policy) {
    }

    public record RuleError(String file, Integer line, String message) {
    }

    public boolean isValid() {
        return kieBase != null && errors.isEmpty();
    }
}
