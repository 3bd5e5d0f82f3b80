package dev.collections.triage;

import dev.collections.common.Sha256;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The night's placements with collection agencies (policy.md rev. 3, AG2): the accounts decided AGENCY_PLACEMENT
 * come in the allocation's order (highest priority first) and each goes to an ACTIVE agency whose contract is in
 * force, that works its district and takes its stage, has room left (its capacity less the accounts it holds and
 * those placed tonight) and is not the one it was last recalled from. A share of them ({@code randomShare}, by a
 * hash of the account and the date: the same run places the same way) goes to one of those agencies at random, so
 * that agencies are compared on like accounts; the others to the one with the most room left. When none may take
 * it, the account steps down (CAPACITY). The recalls of the night are gathered on the way.
 */
final class AgencyDesk {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final LocalDate date;
    private final double randomShare;
    private final List<Seat> seats;
    private final List<Booking> bookings = new ArrayList<>();
    private final List<Recall> recalls = new ArrayList<>();
    private int demand;

    /** An agency's room tonight. */
    static final class Seat {
        final long agency;
        final Set<String> regions;
        final Set<String> stages;
        final int capacity;
        final int held;
        int taken;

        Seat(long agency, Set<String> regions, Set<String> stages, int capacity, int held) {
            this.agency = agency;
            this.regions = regions;
            this.stages = stages;
            this.capacity = capacity;
            this.held = held;
        }

        int room() {
            return capacity - held - taken;
        }

        boolean takes(WorkItem w) {
            return room() > 0 && stages.contains(w.stage())
                    && (regions.contains("*") || w.region() != null && regions.contains(w.region()));
        }
    }

    /** An account placed tonight, as the agency's file shows it. */
    record Booking(String accountId, long agency, LocalDate placedOn, LocalDate until, BigDecimal overdueAmount,
                   int daysPastDue, String stage, BigDecimal balance, String reference) {
    }

    /** An account recalled tonight from {@code agency}, as its file shows it (the reasons stay with the bank). */
    record Recall(String accountId, long agency, String reasons, BigDecimal overdueAmount, int daysPastDue,
                  String stage) {
    }

    private AgencyDesk(LocalDate date, double randomShare, List<Seat> seats) {
        this.date = date;
        this.randomShare = randomShare;
        this.seats = seats;
    }

    /** The agencies that may take accounts on {@code date}, with the accounts each holds now. */
    static AgencyDesk open(Connection c, LocalDate date, double randomShare) throws SQLException {
        List<Seat> seats = new ArrayList<>();
        java.util.Map<Long, Integer> held = dev.collections.account.PortfolioQueries.heldByAgency(c, date);
        try (var s = c.prepareStatement("SELECT g.id, g.regions, g.stages, g.capacity FROM agency g"
                + " WHERE g.status = 'ACTIVE' AND g.contract_from <= ? AND g.contract_until >= ? ORDER BY g.id")) {
            s.setObject(1, date);
            s.setObject(2, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    seats.add(new Seat(rs.getLong(1), split(rs.getString(2)), split(rs.getString(3)), rs.getInt(4),
                            held.getOrDefault(rs.getLong(1), 0)));
                }
            }
        }
        return new AgencyDesk(date, randomShare, seats);
    }

    private static Set<String> split(String list) {
        return new HashSet<>(Arrays.stream(list.split(",")).map(String::strip).toList());
    }

    /** Places the account with an agency tonight; false when none may take it (it steps down). */
    boolean take(WorkItem w) {
        AgencyPart part = AgencyPart.read(w.agency());
        demand++;
        List<Seat> open = seats.stream().filter(s -> s.takes(w)
                && (part == null || part.excluded() == null || s.agency != part.excluded())).toList();
        if (open.isEmpty()) {
            return false;
        }
        Seat seat;
        long draw = Long.parseUnsignedLong(Sha256.hex((w.accountId() + "/" + date).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12), 16);
        if ((draw % 10_000) < Math.round(randomShare * 10_000)) {
            seat = open.get((int) ((draw / 10_000) % open.size()));
        } else {
            seat = open.stream().max(java.util.Comparator.comparingInt(Seat::room)
                    .thenComparing(s -> -s.agency)).orElseThrow();
        }
        seat.taken++;
        int days = part == null ? 90 : part.days();
        bookings.add(new Booking(w.accountId(), seat.agency, date, date.plusDays(days - 1L), w.overdueAmount(),
                w.daysPastDue(), w.stage(), w.outstandingBalance(), "P" + DAY.format(date) + "-" + seat.agency + "-"
                + seat.taken));
        return true;
    }

    /** Notes the recall of a work item that says RECALL. */
    void recall(WorkItem w) {
        AgencyPart part = AgencyPart.read(w.agency());
        if (part != null && part.isRecall()) {
            recalls.add(new Recall(w.accountId(), part.agency(), String.join(";", part.reasons().stream()
                    .map(Enum::name).toList()), w.overdueAmount(), w.daysPastDue(), w.stage()));
        }
    }

    List<Booking> bookings() {
        return bookings;
    }

    List<Recall> recalls() {
        return recalls;
    }

    /** The night's placements as a team's day: every agency's room together. */
    Allocation.Use use() {
        int capacity = seats.stream().mapToInt(s -> Math.max(0, s.capacity - s.held)).sum();
        return new Allocation.Use(dev.collections.policy.ActionType.AGENCY_PLACEMENT, "", capacity, demand,
                bookings.size(), demand - bookings.size(), BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
