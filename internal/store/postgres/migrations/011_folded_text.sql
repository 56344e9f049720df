-- The full-text index folds the diacritics of Latin letters ("Saïd" is
-- found by "said"), as SQLite's tokenizer does (search.Tokens). The rows
-- indexed before are marked 0 and indexed again by the store when it next
-- opens the archive for writing (the tokens are made in Go); new rows are 1.
ALTER TABLE articles ADD COLUMN text_index smallint NOT NULL DEFAULT 0;
ALTER TABLE articles ALTER COLUMN text_index SET DEFAULT 1;
CREATE INDEX articles_text_index_old ON articles(seq) WHERE text_index < 1;
