package dev.collections.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the record held about accounts at earlier moments, for learning from past decisions (docs/score.md): each
 * account's positions, payments, contacts and promises, from which {@link Timeline#asOf} gives the behaviour and the
 * history as they stood on a day. Only what carries its own date can be taken back in time: an arrangement's or a
 * case's status is what it is now, so the history as of a past day holds none of them (it would tell the future).
 */
public final class AccountTimelines {
    private AccountTimelines() {
    }

    /** One account's dated record, each list oldest first. */
    public record Timeline(List<Behaviour.Position> positions, List<Behaviour.Paid> payments,
                           List<ContactAttempt> contacts, List<PromiseToPay> promises) {

        /** The behaviour and the history as they stood at the end of {@code day}. */
        public Recorded asOf(LocalDate day) {
            return new Recorded(new Behaviour(positions.stream().filter(p -> p.day() <= day.toEpochDay()).toList(),
                    payments.stream().filter(p -> p.day() <= day.toEpochDay()).toList()),
                    new AccountHistory(contacts.stream().filter(c -> !c.contactedAt.toLocalDate().isAfter(day))
                            .toList(), promises.stream().filter(p -> p.dueDate.isBefore(day)).toList(), List.of(),
                            List.of(), List.of(), List.of(), List.of()));
        }
    }

    /** Behaviour and history of one account at one moment. */
    public record Recorded(Behaviour behaviour, AccountHistory history) {
    }

    /** The timelines of the accounts {@code accounts} selects (a query of account ids, with its one date argument). */
    public static Map<String, Timeline> of(Connection c, String accounts, LocalDate argument) throws SQLException {
        Map<String, List<Behaviour.Position>> positions = new HashMap<>();
        Map<String, List<Behaviour.Paid>> payments = new HashMap<>();
        Map<String, List<ContactAttempt>> contacts = new HashMap<>();
        Map<String, List<PromiseToPay>> promises = new HashMap<>();
        read(c, HistoryRows.POSITIONS, "business_date", accounts, argument, positions);
        read(c, HistoryRows.PAYMENTS, "paid_at, id", accounts, argument, payments);
        read(c, HistoryRows.CONTACTS, "contacted_at, id", accounts, argument, contacts);
        read(c, HistoryRows.PROMISES, "due_date, id", accounts, argument, promises);
        Map<String, Timeline> out = new HashMap<>();
        positions.keySet().forEach(id -> out.put(id, new Timeline(positions.get(id),
                payments.getOrDefault(id, List.of()), contacts.getOrDefault(id, List.of()),
                promises.getOrDefault(id, List.of()))));
        return out;
    }

    private static <T> void read(Connection c, HistoryRows.Table<T> table, String order, String accounts,
                                 LocalDate argument, Map<String, List<T>> into) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + table.columns() + " FROM " + table.name()
                + " WHERE account_id IN (" + accounts + ") ORDER BY account_id, " + order)) {
            s.setObject(1, argument);
            s.setFetchSize(1_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(table.mapper().map(rs));
                }
            }
        }
    }
}
