package dev.collections.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How an account behaved, as the record shows it: its positions (one per business date) and its payments over the
 * last {@link #MONTHS} months, oldest first. The behavioural score reads it (docs/score.md); the one account of an
 * assessment loads it here, the nightly triage reads it beside the other case tables ({@link PortfolioCursor}).
 */
public record Behaviour(List<Position> positions, List<Paid> payments) {
    /** How far back the score looks: twelve month ends and the one before them. */
    public static final int MONTHS = 13;
    public static final Behaviour NONE = new Behaviour(List.of(), List.of());

    /**
     * The account's position on a business date: the day as an epoch day and the amounts in cents (the record's
     * amounts have two decimals), so that a night's queued accounts hold a few numbers here, not a date and two
     * {@code BigDecimal}s (bench/README.md, "the month ends and payments held as numbers").
     */
    public record Position(int day, int daysPastDue, long overdueCents, long balanceCents) {
        public Position(LocalDate on, int daysPastDue, BigDecimal overdueAmount, BigDecimal balance) {
            this(Math.toIntExact(on.toEpochDay()), daysPastDue, cents(overdueAmount), cents(balance));
        }

        public LocalDate on() {
            return LocalDate.ofEpochDay(day);
        }

        public BigDecimal overdueAmount() {
            return BigDecimal.valueOf(overdueCents, 2);
        }

        public BigDecimal balance() {
            return BigDecimal.valueOf(balanceCents, 2);
        }
    }

    /** A payment: its day (in the offset it was made in, as an epoch day) and its amount in cents. */
    public record Paid(int day, long cents) {
        public Paid(OffsetDateTime at, BigDecimal amount) {
            this(Math.toIntExact(at.toLocalDate().toEpochDay()), Behaviour.cents(amount));
        }
    }

    public Behaviour {
        positions = List.copyOf(positions);
        payments = List.copyOf(payments);
    }

    /** The first day the record is read from, for a decision as of {@code asOf}. */
    public static LocalDate since(LocalDate asOf) {
        return asOf.minusMonths(MONTHS).withDayOfMonth(1);
    }

    /**
     * The positions the score reads for a decision as of {@code asOf}: the month ends of the {@link #MONTHS} months
     * before, and the days of {@code asOf}'s own month up to it; not every day of a year of daily extracts. Each day
     * is named (at most 44): a slice reads its accounts' rows through the account's index in key order and keeps
     * those of these days ({@link dev.collections.common.SqlDialect#readInKeyOrder}), one account through
     * (account, business date). The days are the service's own, written into the condition (no input reaches it).
     */
    static String positionDays(LocalDate asOf) {
        java.util.StringJoiner days = new java.util.StringJoiner(", ", "business_date IN (", ")");
        for (int k = MONTHS; k >= 1; k--) {
            days.add("DATE '" + java.time.YearMonth.from(asOf).minusMonths(k).atEndOfMonth() + "'");
        }
        for (LocalDate d = asOf.withDayOfMonth(1); !d.isAfter(asOf); d = d.plusDays(1)) {
            days.add("DATE '" + d + "'");
        }
        return days.toString();
    }

    /** The payments the score reads for a decision as of {@code asOf} (in UTC days, a day's margin either side). */
    static String paymentDays(LocalDate asOf) {
        return "paid_at >= TIMESTAMP WITH TIME ZONE '" + since(asOf) + " 00:00:00+00:00' AND paid_at < TIMESTAMP"
                + " WITH TIME ZONE '" + asOf.plusDays(2) + " 00:00:00+00:00'";
    }

    /** One account's behaviour up to {@code asOf} (an assessment of one account). */
    @SuppressWarnings("unchecked")
    public static Behaviour load(String accountId, LocalDate asOf) {
        var em = AccountRecord.getEntityManager();
        List<Object[]> positions = em.createNativeQuery("SELECT business_date, days_past_due, overdue_amount,"
                        + " outstanding_balance FROM {h-schema}account_position WHERE account_id = ?1 AND "
                        + positionDays(asOf) + " ORDER BY business_date")
                .setParameter(1, accountId).getResultList();
        List<Object[]> payments = em.createNativeQuery("SELECT paid_at, amount FROM {h-schema}payment"
                        + " WHERE account_id = ?1 AND " + paymentDays(asOf) + " ORDER BY paid_at, id")
                .setParameter(1, accountId).getResultList();
        return new Behaviour(positions.stream().map(r -> new Position(date(r[0]), ((Number) r[1]).intValue(),
                        (BigDecimal) r[2], (BigDecimal) r[3])).toList(),
                payments.stream().map(r -> new Paid(moment(r[0]), (BigDecimal) r[1])).toList());
    }

    /** An amount of the record (two decimals at most) in cents. */
    static long cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime moment(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
