package dev.collections.bench.jmh;

import dev.collections.common.CommandLogging;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import java.nio.file.Path;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * The shipped rules directory compiled by one of the two builds the benchmarks compare: "classic" (the service's)
 * and "executable-model" (Drools' executable model made from the same files at run time).
 */
final class RuleBuilds {
    static final Path RULES = Path.of(System.getProperty("bench.rules", "rules"));

    static {
        CommandLogging.quiet(); // as the commands do: outside Quarkus nothing else stops Drools tracing every step
    }

    private RuleBuilds() {
    }

    static RuleSet compile(String build) {
        return switch (build) {
            case "classic" -> new RuleSetCompiler().compile(RULES);
            case "executable-model" -> new RuleSetCompiler(ExecutableModelProject.class).compile(RULES);
            default -> throw new IllegalArgumentException("no such build: " + build);
        };
    }
}
