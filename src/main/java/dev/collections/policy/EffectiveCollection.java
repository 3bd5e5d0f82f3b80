package dev.collections.policy;

import org.kie.api.definition.type.ClassReactive;

/**
 * A contact whose receipt is confirmed. Which contacts count is decided in rules/contacts.drl; this class only
 * carries the contact so that rules can compare effective collections with each other.
 */
@ClassReactive // immutable: nothing to watch property by property
public final class EffectiveCollection extends Outcome {
    private final Contact contact;

    public EffectiveCollection(Contact contact, org.kie.api.runtime.rule.RuleContext rule) {
        super(rule);
        this.contact = contact;
    }

    public Contact getContact() { return contact; }
    public Channel getChannel() { return contact.getChannel(); }
    public ContactOutcome getOutcome() { return contact.getOutcome(); }
    /** When it happened, as an instant, so that rules can compare effective collections with {@code >}. */
    public java.time.Instant getAt() { return contact.getAt().toInstant(); }

    /** True when this effective collection came after {@code other} (at the same moment: listed later, rev. 2.1). */
    public boolean laterThan(EffectiveCollection other) {
        return contact.laterThan(other.contact);
    }

    public boolean atLeastDaysAfter(EffectiveCollection other, int days) {
        return contact.atLeastDaysAfter(other.contact, days);
    }

    public boolean olderThanDays(int days) {
        return contact.olderThanDays(days);
    }

    public boolean withinLastDays(int days) {
        return contact.withinLastDays(days);
    }

    public boolean onOrAfter(java.time.LocalDate day) {
        return contact.onOrAfter(day);
    }
}
