package dev.collections.policy;

/**
 * A contact whose receipt is confirmed. Which contacts count is decided in rules/contacts.drl; this class only
 * carries the contact so that rules can compare effective collections with each other.
 */
public final class EffectiveCollection extends Outcome {
    private final Contact contact;

    public EffectiveCollection(Contact contact, org.kie.api.runtime.rule.RuleContext rule) {
        super(rule);
        this.contact = contact;
    }

    public Contact getContact() { return contact; }
    public Channel getChannel() { return contact.getChannel(); }
    public ContactOutcome getOutcome() { return contact.getOutcome(); }

    public boolean atLeastDaysAfter(EffectiveCollection other, int days) {
        return contact.atLeastDaysAfter(other.contact, days);
    }

    public boolean olderThanDays(int days) {
        return contact.olderThanDays(days);
    }

    public boolean isAfter(EffectiveCollection other) {
        return contact.isAfter(other.contact);
    }
}
