-- Issue 31: a scored night reads every account's month ends and payments, a slice at a time, through the account's
-- indexes in key order (SqlDialect.readInKeyOrder; since V22 these indexes are in the order the night merges in).
-- They held only the key, so each of the six or so rows an account fetched a heap page of its own: an account's
-- rows were written months apart and lie scattered over the table. The same indexes now also carry the columns the
-- night reads (INCLUDE), so PostgreSQL answers from the index alone (an index-only scan; rows written since the
-- table's last vacuum are still checked in the heap, a day's rows together). The payments' key adds the id, the
-- night's order among payments of the same moment, so that no sort is left. Every other lookup by account is served
-- as before. Replaced, not added beside (an index beside them, V20, cost the import more than the night saved):
-- what the wider entries cost the import's writes is in bench/README.md, "month ends and payments from their
-- indexes", with the night's figures.
-- Each index is rebuilt once, here, over the whole history. H2 has no INCLUDE and no V25.
DROP INDEX account_position_by_account;
CREATE INDEX account_position_by_account ON account_position (account_id, business_date)
    INCLUDE (days_past_due, overdue_amount, outstanding_balance);
DROP INDEX payment_by_account;
CREATE INDEX payment_by_account ON payment (account_id, paid_at, id) INCLUDE (amount);
