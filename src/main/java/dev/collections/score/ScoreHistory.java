package dev.collections.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * An account's record as the behavioural score reads it, the same for training and for deciding: its positions at
 * month ends, oldest first, each with what was paid since the one before, and counts of what happened on it. Built
 * from the record (or from the UCI file, which is a record of six month ends); features come from it in one place,
 * {@link FeatureBuilder}. It holds no personal data: nothing about who the customer is, only what they did.
 */
public record ScoreHistory(List<Position> positions, BigDecimal creditLimit, Conduct conduct) {

    /**
     * One month end: days past due, overdue amount, balance, and what was paid since the previous month end, the
     * amounts in cents (as {@link dev.collections.account.Behaviour} holds them: a night builds one for every month
     * end of every account, bench/README.md "the fifth evening").
     */
    public record Position(int daysPastDue, long overdueCents, long balanceCents, long paidCents) {
    }

    /** What happened on the account: promises, contacts, arrangements, open cases. */
    public record Conduct(int promisesMade, int promisesKept, int promisesBroken, int rightPartyContacts,
                          int refusals, int arrangementsBroken, boolean arrangementActive, int openCases) {
        public static final Conduct NONE = new Conduct(0, 0, 0, 0, 0, 0, false, 0);
    }

    public ScoreHistory {
        positions = List.copyOf(positions);
        conduct = conduct == null ? Conduct.NONE : conduct;
    }
}
