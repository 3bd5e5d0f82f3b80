-- Account ids compare byte by byte (the C collation), the order Java's String.compareTo gives the ids the API accepts
-- and the order the night merges its tables in (SqlDialect.key). Under the database's own collation the account-id
-- indexes were in another order, so every slice's statement sorted its rows again before the first one came
-- (bench/README.md, "account ids in byte order"); now the same indexes give them in order. No table is rewritten:
-- the values and their equality do not change, only the order the indexes keep (each is rebuilt once, here).
-- H2 compares strings this way already and has no V22.
ALTER TABLE account ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE contact_attempt ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE promise_to_pay ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE arrangement ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE hardship_case ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE dispute ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE complaint ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE account_placement ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE account_position ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE payment ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE decision ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE decision_outcome ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE idempotency_key ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE triage_work_item ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE triage_assignment ALTER COLUMN account_id TYPE VARCHAR(64) COLLATE "C";
