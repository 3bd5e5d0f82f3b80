package dev.collections.score;

import dev.collections.account.AccountHistory;
import dev.collections.account.Behaviour;
import dev.collections.account.CaseStatus;
import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.HardshipStatus;
import dev.collections.policy.PromiseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's record as the score reads it ({@link ScoreHistory}), in one place for training and deciding: its
 * month ends (the last position of each month, the twelve latest up to the decision's day), what was paid between
 * one month end and the next, and the counts of its promises, contacts, arrangements and open cases.
 */
public final class ScoreHistories {
    private static final int MONTH_ENDS = 12;

    private ScoreHistories() {
    }

    public static ScoreHistory of(Behaviour behaviour, AccountHistory history, LocalDate asOf) {
        List<Behaviour.Position> monthEnds = new ArrayList<>();
        for (Behaviour.Position p : behaviour.positions()) {
            if (p.on().isAfter(asOf)) {
                break;
            }
            Behaviour.Position last = monthEnds.isEmpty() ? null : monthEnds.get(monthEnds.size() - 1);
            if (last != null && YearMonth.from(last.on()).equals(YearMonth.from(p.on()))) {
                monthEnds.set(monthEnds.size() - 1, p);
            } else {
                monthEnds.add(p);
            }
        }
        List<Behaviour.Position> kept = monthEnds.subList(Math.max(0, monthEnds.size() - MONTH_ENDS),
                monthEnds.size());
        List<ScoreHistory.Position> positions = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Behaviour.Position p = kept.get(i);
            LocalDate from = i > 0 ? kept.get(i - 1).on() : YearMonth.from(p.on()).atDay(1).minusDays(1);
            positions.add(new ScoreHistory.Position(p.daysPastDue(), p.overdueAmount(), p.balance(),
                    paid(behaviour, from, p.on())));
        }
        return new ScoreHistory(positions, null, history == null ? null : conduct(history));
    }

    /** Paid after {@code from} up to {@code to} (whole days, in the payment's own offset). */
    private static BigDecimal paid(Behaviour behaviour, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Behaviour.Paid p : behaviour.payments()) {
            LocalDate day = p.at().toLocalDate();
            if (day.isAfter(from) && !day.isAfter(to)) {
                sum = sum.add(p.amount());
            }
        }
        return sum;
    }

    private static ScoreHistory.Conduct conduct(AccountHistory h) {
        int kept = 0;
        int broken = 0;
        for (var p : h.promises()) {
            kept += p.status == PromiseStatus.KEPT ? 1 : 0;
            broken += p.status == PromiseStatus.BROKEN ? 1 : 0;
        }
        int reached = 0;
        int refused = 0;
        for (var c : h.contacts()) {
            reached += c.outcome == ContactOutcome.CONTACTED || c.outcome == ContactOutcome.PROMISE_TO_PAY
                    || c.outcome == ContactOutcome.PLAN_REQUESTED ? 1 : 0;
            refused += c.outcome == ContactOutcome.REFUSED ? 1 : 0;
        }
        boolean active = h.arrangements().stream().anyMatch(a -> a.status == ArrangementStatus.ACTIVE);
        long open = h.disputes().stream().filter(d -> d.status == CaseStatus.OPEN).count()
                + h.complaints().stream().filter(c -> c.status == CaseStatus.OPEN).count()
                + h.hardships().stream().filter(x -> x.status == HardshipStatus.DECLARED || x.status == HardshipStatus.VERIFIED).count();
        return new ScoreHistory.Conduct(h.promises().size(), kept, broken, reached, refused, h.brokenArrangements(),
                active, (int) open);
    }
}
