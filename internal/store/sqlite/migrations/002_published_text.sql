-- The publication date as the source wrote it ("08.01.2024").
ALTER TABLE articles ADD COLUMN published_text TEXT NOT NULL DEFAULT '';
