-- A run's accounts in slices of contiguous account ids (issue 18): the replicas of a cluster claim slices, each
-- decided and checkpointed by its owner, who beats with every chunk; a slice whose owner is gone or silent for
-- longer than the lease is claimed again and resumed after its checkpoint. The run's progress is the sum of its
-- slices' (the run row's processed and errors count only runs from before slices).
CREATE TABLE triage_slice (
    business_date DATE                     NOT NULL REFERENCES triage_run (business_date),
    slice_no      INTEGER                  NOT NULL,
    after_id      VARCHAR(64),
    upto_id       VARCHAR(64),
    status        VARCHAR(16)              NOT NULL,
    owner         VARCHAR(128),
    attempts      INTEGER                  NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE,
    processed     INTEGER                  NOT NULL,
    errors        INTEGER                  NOT NULL,
    checkpoint    VARCHAR(64),
    PRIMARY KEY (business_date, slice_no)
);
