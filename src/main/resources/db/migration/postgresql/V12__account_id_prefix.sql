-- An account id's beginning (LIKE 'prefix%') as an index range whatever the database's collation (the primary
-- key's index serves it only under the C collation). H2 serves the prefix from its primary key and has no V12.
CREATE INDEX account_by_id_pattern ON account (account_id varchar_pattern_ops);
