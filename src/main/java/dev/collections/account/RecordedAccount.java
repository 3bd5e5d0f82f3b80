package dev.collections.account;

/**
 * One account of the portfolio as the record holds it: its snapshot, everything recorded on it and, when the night
 * scores accounts, its behaviour ({@link Behaviour#NONE} otherwise).
 */
public record RecordedAccount(String accountId, Events.Snapshot snapshot, AccountHistory history,
                              Behaviour behaviour) {

    public RecordedAccount(String accountId, Events.Snapshot snapshot, AccountHistory history) {
        this(accountId, snapshot, history, Behaviour.NONE);
    }
}
