package dev.collections.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;

/**
 * One compiled rules directory: its content hash, its files and rules, and either a KieBase ready to evaluate or
 * the errors that kept it from compiling. Immutable; shared by every request.
 */
public record RuleSet(String version, String directory, Instant compiledAt, List<RuleFile> files,
                      List<RuleInfo> rules, List<RuleError> errors, @JsonIgnore KieBase kieBase) {

    public record RuleFile(String path, String sha256) {
    }

    public record RuleInfo(String name, String file) {
    }

    public record RuleError(String file, Integer line, String message) {
    }

    public boolean isValid() {
        return kieBase != null && errors.isEmpty();
    }
}
