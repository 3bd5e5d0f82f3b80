-- Nightly triage (issue 4) and bulk import of the core-banking extract.

-- Cases imported from core banking carry core banking's own reference, so that importing a file twice changes
-- nothing. Cases recorded through the API have none.
ALTER TABLE promise_to_pay ADD COLUMN external_ref VARCHAR(128);
ALTER TABLE arrangement ADD COLUMN external_ref VARCHAR(128);
ALTER TABLE hardship_case ADD COLUMN external_ref VARCHAR(128);
ALTER TABLE dispute ADD COLUMN external_ref VARCHAR(128);
ALTER TABLE complaint ADD COLUMN external_ref VARCHAR(128);
CREATE UNIQUE INDEX promise_to_pay_by_ref ON promise_to_pay (account_id, external_ref);
CREATE UNIQUE INDEX arrangement_by_ref ON arrangement (account_id, external_ref);
CREATE UNIQUE INDEX hardship_case_by_ref ON hardship_case (account_id, external_ref);
CREATE UNIQUE INDEX dispute_by_ref ON dispute (account_id, external_ref);
CREATE UNIQUE INDEX complaint_by_ref ON complaint (account_id, external_ref);

-- One triage run per business date. A run that was killed stays RUNNING until the next start takes it over
-- (its owner's process is gone or its heartbeat is older than the lease) and resumes after its checkpoint.
CREATE TABLE triage_run (
    business_date   DATE                     NOT NULL PRIMARY KEY,
    status          VARCHAR(16)              NOT NULL,
    ruleset_version VARCHAR(80)              NOT NULL,
    started_by      VARCHAR(16)              NOT NULL,
    owner           VARCHAR(128)             NOT NULL,
    attempts        INTEGER                  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    total           INTEGER                  NOT NULL,
    processed       INTEGER                  NOT NULL,
    errors          INTEGER                  NOT NULL,
    checkpoint      VARCHAR(64),
    summary         TEXT,
    failure         TEXT
);

-- One work item per account and run: what the account gets on the business date, or why it could not be decided.
CREATE TABLE triage_work_item (
    business_date   DATE           NOT NULL REFERENCES triage_run (business_date),
    account_id      VARCHAR(64)    NOT NULL,
    stage           VARCHAR(8),
    next_action     VARCHAR(16),
    not_before      TIMESTAMP WITH TIME ZONE,
    days_past_due   INTEGER        NOT NULL,
    overdue_amount  NUMERIC(19, 2) NOT NULL,
    reason          TEXT,
    holds           TEXT,
    offers          TEXT,
    tasks           TEXT,
    credit_report   VARCHAR(64),
    ruleset_version VARCHAR(80)    NOT NULL,
    error           TEXT,
    PRIMARY KEY (business_date, account_id)
);
