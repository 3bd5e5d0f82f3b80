-- The rules that fired for each work item, in the engine's order, as their numbers in the run's rule set (rules
-- sorted by file and name, rules.RuleIndex): a few bytes an account, read back as names by the console.
ALTER TABLE triage_work_item ADD COLUMN fired_rules VARCHAR(2000);
