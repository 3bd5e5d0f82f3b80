-- Issue 31: the behavioural score reads each slice's month ends and payments in key order (account ids in byte
-- order, COLLATE "C", the order the night merges its tables in, SqlDialect.key). The account-id indexes are in the
-- column's own collation, so PostgreSQL sorted every slice's rows before the first, spilling to disk (about 0.9 s for
-- a slice of 100,000 accounts' month ends, 0.5 s for its payments). These indexes hand the rows over in that order
-- with the columns the score reads, without the table (0.2 s and 0.07 s; bench/README.md). H2 orders by bytes
-- already and has no V20.
CREATE INDEX account_position_in_key_order ON account_position (account_id COLLATE "C", business_date)
    INCLUDE (days_past_due, overdue_amount, outstanding_balance);
CREATE INDEX payment_in_key_order ON payment (account_id COLLATE "C", paid_at, id) INCLUDE (amount);
