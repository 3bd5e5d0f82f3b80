package dev.collections.policy;

/**
 * What the behavioural score reads from an account's record (docs/score.md), each a reason a score can give; its
 * words are in the rules' {@code language/} files ({@code score-features}). Only behaviour the bank recorded: never
 * the customer's sex, age, marital status, education, region or anything standing in for them ({@code
 * ScoreFeaturesTest} fails on such a feature).
 */
public enum ScoreFeature {
    /** Days past due at the latest position. */
    DAYS_PAST_DUE,
    /** Days past due now less three positions before (rising arrears are positive). */
    DAYS_PAST_DUE_TREND,
    /** The worst days past due of the last six positions. */
    WORST_DAYS_PAST_DUE_6,
    /** Positions past due among the last six. */
    MONTHS_DELINQUENT_6,
    /** Positions past due among the last twelve. */
    MONTHS_DELINQUENT_12,
    /** Consecutive positions past due up to the latest. */
    MONTHS_DELINQUENT_RUN,
    OVERDUE_AMOUNT,
    OUTSTANDING_BALANCE,
    /** The balance now against three positions before (1 = unchanged). */
    BALANCE_TREND,
    /** The balance against the credit limit, where the limit is known. */
    UTILISATION,
    /** Paid since the previous position. */
    PAID_LAST_MONTH,
    /** Paid since the previous position against the previous balance (the amount due). */
    PAYMENT_RATIO_LAST,
    /** Paid over the last six positions against their balances. */
    PAYMENT_RATIO_6,
    /** Positions with a payment among the last six. */
    MONTHS_PAID_6,
    PROMISES_MADE,
    PROMISES_KEPT,
    PROMISES_BROKEN,
    /** Contacts that reached the customer (answered, promised to pay). */
    RIGHT_PARTY_CONTACTS,
    /** Contacts where the customer refused. */
    REFUSALS,
    /** Arrangements the customer broke. */
    ARRANGEMENTS_BROKEN,
    /** An arrangement in force (1) or not (0). */
    ARRANGEMENT_ACTIVE,
    /** Open disputes, complaints and hardship cases. */
    OPEN_CASES
}
