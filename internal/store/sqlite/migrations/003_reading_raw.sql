-- The version of the reading that produced an article's entities, dates and
-- events (reprocess re-reads articles of older versions), and the raw input
-- it was parsed from, gzip-compressed, so reprocess can re-extract too.
ALTER TABLE articles ADD COLUMN reading TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN raw BLOB;
ALTER TABLE articles ADD COLUMN raw_format TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_reading ON articles(reading);
