package dev.collections.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * Where analysts put candidate rules directories (challengers of experiments, candidates of simulations), each a
 * complete rules directory with its scenarios.
 */
@ConfigMapping(prefix = "collections.experiments")
public interface CandidatesConfig {

    /** A candidate is named by a directory under this one (by name, never by path). */
    @WithDefault("experiments")
    Path directory();
}
