package dev.collections.score;

import dev.collections.account.AccountHistory;
import dev.collections.account.Behaviour;
import dev.collections.account.CaseStatus;
import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.HardshipStatus;
import dev.collections.policy.PromiseStatus;
import java.time.LocalDate;
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
        long until = asOf.toEpochDay();
        int lastMonth = Integer.MIN_VALUE;
        for (Behaviour.Position p : behaviour.positions()) {
            if (p.day() > until) {
                break;
            }
            LocalDate on = LocalDate.ofEpochDay(p.day());
            int month = on.getYear() * 12 + on.getMonthValue();
            if (month == lastMonth) {
                monthEnds.set(monthEnds.size() - 1, p);
            } else {
                monthEnds.add(p);
            }
            lastMonth = month;
        }
        List<Behaviour.Position> kept = monthEnds.subList(Math.max(0, monthEnds.size() - MONTH_ENDS),
                monthEnds.size());
        List<ScoreHistory.Position> positions = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Behaviour.Position p = kept.get(i);
            int from = i > 0 ? kept.get(i - 1).day() : (int) p.on().withDayOfMonth(1).minusDays(1).toEpochDay();
            positions.add(new ScoreHistory.Position(p.daysPastDue(), p.overdueCents(), p.balanceCents(),
                    paidCents(behaviour.payments(), from, p.day())));
        }
        return new ScoreHistory(positions, null, history == null ? null : conduct(history));
    }

    /** Paid after day {@code from} up to day {@code to}, in cents (whole days, in the payment's own offset). */
    private static long paidCents(List<Behaviour.Paid> payments, int from, int to) {
        long sum = 0;
        for (Behaviour.Paid x : payments) {
            if (x.day() > from && x.day() <= to) {
                sum += x.cents();
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
        boolean active = false;
        for (var a : h.arrangements()) {
            active |= a.status == ArrangementStatus.ACTIVE;
        }
        int open = 0;
        for (var d : h.disputes()) {
            open += d.status == CaseStatus.OPEN ? 1 : 0;
        }
        for (var c : h.complaints()) {
            open += c.status == CaseStatus.OPEN ? 1 : 0;
        }
        for (var x : h.hardships()) {
            open += x.status == HardshipStatus.DECLARED || x.status == HardshipStatus.VERIFIED ? 1 : 0;
        }
        return new ScoreHistory.Conduct(h.promises().size(), kept, broken, reached, refused, h.brokenArrangements(),
                active, open);
    }
}
