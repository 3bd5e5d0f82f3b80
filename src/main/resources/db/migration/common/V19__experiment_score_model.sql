-- Issue 31: an experiment may try a behavioural score model on its challenger arm (score-driven priority against
-- today's): the model's version, scoring the challenger's accounts while the champion's keep the live model (or none).
ALTER TABLE experiment ADD COLUMN challenger_score_model VARCHAR(80);
-- a score-only experiment has no challenger directory: its challenger decides by the live rules
ALTER TABLE experiment ALTER COLUMN challenger_directory DROP NOT NULL;
