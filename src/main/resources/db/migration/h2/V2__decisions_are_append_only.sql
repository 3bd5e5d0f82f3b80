-- On the embedded H2 database decisions are append-only by the application alone (no update or delete path
-- exists). The database-level trigger is PostgreSQL's (db/migration/postgresql/V2__decisions_are_append_only.sql);
-- this file keeps the migration versions the same on both databases.
CREATE VIEW decision_count AS SELECT COUNT(*) AS decisions FROM decision;
