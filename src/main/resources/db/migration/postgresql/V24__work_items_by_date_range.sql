-- Issue 29, item 7: the outcome step reads one run's work items (a business date) out of every night's kept. The
-- primary key (business_date, account_id) serves it, but PostgreSQL prices a million rows through it above reading
-- the whole table, which grows by a night's accounts every night. A BRIN index keeps each block range's lowest and
-- highest date (work items are written a night at a time, so a date's rows lie together): the step reads only the
-- date's blocks, and the night's writes pay next to nothing for it (bench/README.md, "The outcome step").
-- H2 has no BRIN and no V24.
CREATE INDEX triage_work_item_by_date_range ON triage_work_item USING brin (business_date);
