package dev.collections.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.collections.account.AccountHistory;
import dev.collections.account.Behaviour;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The score's reading of an account's record ({@link ScoreHistories}): the last position of each month, what was paid
 * after one month end up to the next, nothing after the decision's day; and the same features whether the amounts
 * came from the database (two decimals) or from a file of whole amounts (the UCI portfolio).
 */
class ScoreHistoriesTest {
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    @Test
    void aMonthIsItsLastPositionWithWhatWasPaidSinceThePreviousMonthEnd() {
        var behaviour = new Behaviour(List.of(
                position("2026-09-30", 35, "1200.50", "8000.25"),
                position("2026-10-15", 40, "1300.00", "8100.00"),
                position("2026-10-31", 0, "0.00", "7000.10"),
                position("2026-11-20", 20, "300.00", "7100.00"),
                position("2026-11-21", 21, "310.00", "7110.00")),
                List.of(paid("2026-09-30T10:00", "99.99"),       // on September's month end: September's
                        paid("2026-10-01T00:00", "100.01"),      // the day after it: October's
                        paid("2026-10-31T23:59", "1000.00"),     // on October's month end: October's
                        paid("2026-11-20T08:00", "50.00"),       // on the decision's day: November's
                        paid("2026-11-21T08:00", "70.00")));     // after the decision's day: nobody's

        var h = ScoreHistories.of(behaviour, AccountHistory.NONE, LocalDate.parse("2026-11-20"));

        assertEquals(List.of(35, 0, 20), h.positions().stream().map(ScoreHistory.Position::daysPastDue).toList());
        assertAmounts(List.of("99.99", "1100.01", "50.00"),
                h.positions().stream().mapToLong(ScoreHistory.Position::paidCents));
        assertAmounts(List.of("1200.50", "0.00", "300.00"),
                h.positions().stream().mapToLong(ScoreHistory.Position::overdueCents));
        assertAmounts(List.of("8000.25", "7000.10", "7100.00"),
                h.positions().stream().mapToLong(ScoreHistory.Position::balanceCents));
    }

    @Test
    void wholeAmountsAndAmountsInCentsGiveTheSameFeatures() {
        var whole = new Behaviour(List.of(position("2026-09-30", 35, "1200", "8000"),
                position("2026-10-31", 65, "2400", "8800")), List.of(paid("2026-10-20T12:00", "300")));
        var cents = new Behaviour(List.of(position("2026-09-30", 35, "1200.00", "8000.00"),
                position("2026-10-31", 65, "2400.00", "8800.00")), List.of(paid("2026-10-20T12:00", "300.00")));
        LocalDate asOf = LocalDate.parse("2026-10-31");

        assertArrayEquals(FeatureBuilder.features(ScoreHistories.of(whole, AccountHistory.NONE, asOf)),
                FeatureBuilder.features(ScoreHistories.of(cents, AccountHistory.NONE, asOf)));
    }

    /** Amounts in cents, read as the decimals they are. */
    private static void assertAmounts(List<String> expected, java.util.stream.LongStream cents) {
        assertEquals(expected, cents.mapToObj(c -> BigDecimal.valueOf(c, 2).toPlainString()).toList());
    }

    private static Behaviour.Position position(String day, int dpd, String overdue, String balance) {
        return new Behaviour.Position(LocalDate.parse(day), dpd, new BigDecimal(overdue), new BigDecimal(balance));
    }

    private static Behaviour.Paid paid(String at, String amount) {
        return new Behaviour.Paid(java.time.LocalDateTime.parse(at).atOffset(SHANGHAI), new BigDecimal(amount));
    }
}
