package dev.collections.common;

import java.time.ZoneId;

/**
 * What the commands (validate, simulate, triage) assume, having no service configuration to read: the same values
 * as the service's defaults {@code collections.assessment.default-timezone} and {@code collections.rules.fire-limit}.
 */
public final class CommandDefaults {
    /** The customer's time zone when an account names none. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Rule firings allowed for one account before its evaluation is stopped as looping. */
    public static final int FIRE_LIMIT = 10_000;

    private CommandDefaults() {
    }
}
