package dev.collections.rules;

import dev.collections.policy.Account;
import dev.collections.policy.Arrangement;
import dev.collections.policy.Complaint;
import dev.collections.policy.Contact;
import dev.collections.policy.ContactHistory;
import dev.collections.policy.Customer;
import dev.collections.policy.Dispute;
import dev.collections.policy.Hardship;
import dev.collections.policy.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the rules see about one account. Contacts after {@code asOf} are not inserted as Contact facts (they
 * had not happened yet at that moment) but still count in the contact history used for caps.
 */
public record Facts(Account account, Customer customer, Hardship hardship, Arrangement arrangement, Dispute dispute,
                    Complaint complaint, Promise promise, List<Contact> contacts) {

    /** The objects to insert into a session, absent facts left out. */
    public List<Object> toInsert() {
        List<Object> all = new ArrayList<>();
        Stream.of(account, customer, hardship, arrangement, dispute, complaint, promise)
                .filter(f -> f != null).forEach(all::add);
        contacts.stream().filter(c -> !c.getAt().isAfter(account.getAsOf())).forEach(all::add);
        all.add(new ContactHistory(contacts, account.getZone()));
        return all;
    }
}
