-- Every rule set that goes live is kept whole: each file of its directory (rules, decision tables, capacity,
-- policy lines, scenarios) as text, spreadsheets in Base64. Any two versions can then be compared and any earlier
-- one put live again (rollback). Activations recorded before this migration keep their hashes only.
CREATE TABLE rule_set_file (
    activation_id BIGINT       NOT NULL REFERENCES rule_set_activation (id),
    path          VARCHAR(300) NOT NULL,
    content       TEXT         NOT NULL,
    PRIMARY KEY (activation_id, path)
);
