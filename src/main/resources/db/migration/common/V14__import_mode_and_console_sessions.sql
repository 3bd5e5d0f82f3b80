-- Imports say how they treated the positions of their date (FULL: all replaced; DELTA: those of the file's accounts)
ALTER TABLE extract_import ADD COLUMN mode VARCHAR(8) DEFAULT 'FULL' NOT NULL;

-- The console's sign-ins, kept on the server so that signing out ends them on every replica: the cookie holds a
-- random token, the table its keyed hash (HMAC-SHA256 under quarkus.http.auth.session.encryption-key), so that
-- whoever reads the table cannot sign in with it. Each session has its own form token.
CREATE TABLE console_session (
    id           VARCHAR(64)              PRIMARY KEY,
    username     VARCHAR(128)             NOT NULL,
    roles        VARCHAR(512)             NOT NULL,
    form_token   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX console_session_username ON console_session (username);

-- Failed sign-ins in a window, per user ('user:<name>') and per client address ('address:<ip>'), seen by every
-- replica: after a few the next attempt must wait, after more the subject is locked for a while.
CREATE TABLE sign_in_failure (
    subject         VARCHAR(200)             PRIMARY KEY,
    failures        INTEGER                  NOT NULL,
    first_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);
