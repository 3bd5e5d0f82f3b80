package dev.collections.account;

/** One account of the portfolio as the record holds it: its snapshot and everything recorded on it. */
public record RecordedAccount(String accountId, Events.Snapshot snapshot, AccountHistory history) {
}
