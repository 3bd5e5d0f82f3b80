-- Decisions can never be changed or removed, whoever connects: the database itself refuses.
CREATE FUNCTION reject_decision_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'decisions are append-only: % on decision is not allowed', TG_OP;
END
$$;

CREATE TRIGGER decision_append_only_rows
    BEFORE UPDATE OR DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION reject_decision_change();

CREATE TRIGGER decision_append_only_truncate
    BEFORE TRUNCATE ON decision
    FOR EACH STATEMENT EXECUTE FUNCTION reject_decision_change();
