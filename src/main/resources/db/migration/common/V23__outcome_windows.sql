-- Issue 29, item 7: the outcome step after every night looked again at every completed run and every day of
-- recorded decisions whose horizon the positions had reached, finding each decision's stored outcome one by one:
-- its cost grew with every night kept. Each window computed is remembered here (a run's work items, source TRIAGE,
-- or a day's recorded decisions, source RECORDED, at one horizon, with how many outcomes it gave) and skipped after.
-- Windows computed before this version are not listed: the first step after it checks them once more, as before,
-- and lists them.
CREATE TABLE outcome_window (
    source       VARCHAR(16)              NOT NULL,
    decided_on   DATE                     NOT NULL,
    horizon_days INTEGER                  NOT NULL,
    outcomes     INTEGER                  NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, decided_on, horizon_days)
);
-- The recorded decisions of a day are found by the time they were made (the step's first and last day, and each
-- day's window), not by reading the whole table.
CREATE INDEX decision_by_time ON decision (assessed_at);
