package dev.collections.policy;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A rung below the chosen action that the policy allows (not suppressed, prerequisites met): where the account
 * steps down when a team's capacity is full. The selection step inserts one per such rung; the contact hours and
 * caps schedule it as they schedule the chosen action, so a stepped-down contact keeps every guardrail.
 */
public final class Fallback extends Scheduled {
    public Fallback(ActionType type, OffsetDateTime notBefore, ZoneId zone, String rule) {
        super(type, notBefore, zone, rule);
    }
}
