-- Why a decision chose its next action, in no language (rules/language/*.yaml say it in each): the reason's key
-- and numbers, the rungs stepped down past and what held them back, the note. The stored answer keeps its English
-- text; this is what the console and the API say again in Chinese. Triage work items keep it in their reason.
ALTER TABLE decision ADD COLUMN explanation VARCHAR(1000);
