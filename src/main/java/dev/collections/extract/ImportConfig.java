package dev.collections.extract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;

/** Where extracts come from and how a full extract is guarded (docs/triage.md, "Imports"). */
@ConfigMapping(prefix = "collections")
public interface ImportConfig {

    /** The directory under which POST /api/v1/imports finds extract directories (by name, never by path). */
    @WithName("triage.inbound-directory")
    @WithDefault("inbound")
    Path inboundDirectory();

    /**
     * A FULL import replaces every position of its date, so it is refused (unless forced) when its accounts file
     * holds fewer accounts than this share of the positions of the same date, or else of the latest earlier date:
     * a partial file would make every other account look GONE.
     */
    /** The business zone: an import's business date may not be after today there (the nightly run's zone). */
    @WithName("triage.time-zone")
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId businessZone();

    @WithName("imports.full-minimum-share")
    @WithDefault("0.8")
    double fullMinimumShare();
}
