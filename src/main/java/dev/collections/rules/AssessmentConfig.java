package dev.collections.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

@ConfigMapping(prefix = "collections.assessment")
public interface AssessmentConfig {

    /** The customer's time zone when a request names none. */
    @WithDefault("Asia/Shanghai")
    ZoneId defaultTimezone();

    /**
     * The language decisions are said in when the caller names none (Accept-Language), and the work lists' language:
     * {@code en} or {@code zh}.
     */
    @WithDefault("en")
    String defaultLanguage();
}
