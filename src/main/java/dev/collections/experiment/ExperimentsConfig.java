package dev.collections.experiment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where analysts put challenger rules directories, each a complete rules directory with its scenarios. */
@ConfigMapping(prefix = "collections.experiments")
public interface ExperimentsConfig {

    /** An experiment names its challenger by a directory under this one (by name, never by path). */
    @WithDefault("experiments")
    Path directory();
}
