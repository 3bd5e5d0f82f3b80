-- Issue 29, item 6: the night reads each slice's accounts and their contacts in key order (COLLATE "C", as V20 for
-- the month ends and payments). Through the column's own indexes PostgreSQL sorted every slice's accounts (wide
-- rows, spilled to disk) and contacts before handing over the first; through these it hands them over in order as
-- it reads them (bench/README.md). H2 orders by bytes already and has no V21.
CREATE INDEX account_in_key_order ON account (account_id COLLATE "C");
CREATE INDEX contact_attempt_in_key_order ON contact_attempt (account_id COLLATE "C", contacted_at DESC, id DESC);
