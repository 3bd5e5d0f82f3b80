-- Policy revision 2: the unpaid principal of an account (the malicious-overdraft threshold counts principal only),
-- an arrangement's next instalment date (reminders, A1r) and whether a BROKEN arrangement was broken by the bank
-- (A7: it still protects the account, and it does not count against the customer, H5).
ALTER TABLE account ADD COLUMN principal_outstanding NUMERIC(19, 2);
ALTER TABLE arrangement ADD COLUMN next_due_date DATE;
ALTER TABLE arrangement ADD COLUMN broken_by_bank BOOLEAN NOT NULL DEFAULT FALSE;
