-- An import's whole report (each file's rows, changes, rejects and first rejects, the positions before and after),
-- as JSON: the console answers an import with a redirect to it, so that a refresh shows the report again rather
-- than importing again, on whichever replica the browser reaches.
ALTER TABLE extract_import ADD COLUMN report TEXT;
