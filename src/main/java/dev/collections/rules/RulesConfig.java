package dev.collections.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the rules live, how often the directory is checked for changes, and how long one evaluation may run. */
@ConfigMapping(prefix = "collections.rules")
public interface RulesConfig {

    /** The rules directory, relative to the working directory unless absolute. */
    @WithDefault("rules")
    String directory();

    /** Rule firings allowed for one account before its evaluation is stopped as looping. */
    @WithDefault("10000")
    int fireLimit();

    /** How often the directory is checked for changed files; 0 turns the check off (reload by API only). */
    @WithDefault("2s")
    Duration watchInterval();

    /**
     * How often this process looks in the database for a newer rule set that another replica put live, and follows
     * it; 0 turns following off (one process alone).
     */
    @WithDefault("5s")
    Duration followInterval();
}
