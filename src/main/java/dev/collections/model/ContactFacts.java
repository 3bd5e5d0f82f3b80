package dev.collections.model;

import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import java.time.OffsetDateTime;

/** One contact attempt: SMS, call, visit or letter, when, and what it achieved. */
public record ContactFacts(Channel channel, OffsetDateTime at, ContactOutcome outcome) {
}
