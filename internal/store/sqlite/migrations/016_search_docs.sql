-- One narrow row per article with what search filters, sorts, groups and
-- counts by, so that a query over thousands of hits reads these rows and
-- not the articles' (which carry the body and the raw input, in overflow
-- pages): on 100,000 articles the facets of a broad word read 40,000
-- mentions and 6,000 article rows per query. Kept in step by triggers, so
-- every write path (ingest, reprocess, review, outlet aliases) keeps it.
--
-- article_rowid is the article's rowid (and the full-text index's);
-- grp the near-duplicate group (the original's id, or the article's own);
-- entities, event_types and event_countries are sets, each value ended by
-- a line feed: the entities mentioned, and the types and countries
-- (source, target, place) of its current (not background) events.
CREATE TABLE search_docs (
    article_rowid   INTEGER PRIMARY KEY,
    id              TEXT NOT NULL,
    grp             TEXT NOT NULL,
    published       TEXT NOT NULL,
    outlet          TEXT NOT NULL,
    authors         TEXT NOT NULL,
    lang            TEXT NOT NULL,
    entities        TEXT NOT NULL DEFAULT '',
    event_types     TEXT NOT NULL DEFAULT '',
    event_countries TEXT NOT NULL DEFAULT ''
);
-- Hits by date, newest first (search --sort date), and date ranges.
CREATE INDEX search_docs_latest ON search_docs(published DESC, id);
-- The copies (few): what near-duplicate collapse must look at.
CREATE INDEX search_docs_copies ON search_docs(grp, id) WHERE grp <> id;

INSERT INTO search_docs(article_rowid, id, grp, published, outlet, authors, lang, entities, event_types, event_countries)
SELECT a.rowid, a.id, coalesce(a.duplicate_of, a.id), a.published, a.outlet, a.authors, a.lang,
    coalesce((SELECT group_concat(entity_id, char(10)) || char(10) FROM (SELECT DISTINCT entity_id FROM mentions m WHERE m.article_id = a.id)), ''),
    coalesce((SELECT group_concat(type, char(10)) || char(10) FROM (SELECT DISTINCT type FROM events e WHERE e.article_id = a.id AND e.background = 0)), ''),
    coalesce((SELECT group_concat(c, char(10)) || char(10) FROM (
        SELECT source_country AS c FROM events e WHERE e.article_id = a.id AND e.background = 0
        UNION SELECT target_country FROM events e WHERE e.article_id = a.id AND e.background = 0
        UNION SELECT location_country FROM events e WHERE e.article_id = a.id AND e.background = 0) WHERE c <> ''), '')
FROM articles a;

CREATE TRIGGER search_docs_article_insert AFTER INSERT ON articles BEGIN
    INSERT INTO search_docs(article_rowid, id, grp, published, outlet, authors, lang)
    VALUES (NEW.rowid, NEW.id, coalesce(NEW.duplicate_of, NEW.id), NEW.published, NEW.outlet, NEW.authors, NEW.lang);
END;

CREATE TRIGGER search_docs_article_update AFTER UPDATE OF id, duplicate_of, published, outlet, authors, lang ON articles BEGIN
    UPDATE search_docs SET id = NEW.id, grp = coalesce(NEW.duplicate_of, NEW.id), published = NEW.published,
        outlet = NEW.outlet, authors = NEW.authors, lang = NEW.lang
    WHERE article_rowid = NEW.rowid;
END;

CREATE TRIGGER search_docs_article_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_docs WHERE article_rowid = OLD.rowid;
END;

-- A mention adds its entity once; removing the last mention of an entity
-- in an article removes it.
CREATE TRIGGER search_docs_mention_insert AFTER INSERT ON mentions BEGIN
    UPDATE search_docs SET entities = entities || NEW.entity_id || char(10)
    WHERE article_rowid = (SELECT rowid FROM articles WHERE id = NEW.article_id)
        AND instr(char(10) || entities, char(10) || NEW.entity_id || char(10)) = 0;
END;

CREATE TRIGGER search_docs_mention_delete AFTER DELETE ON mentions
WHEN NOT EXISTS (SELECT 1 FROM mentions WHERE article_id = OLD.article_id AND entity_id = OLD.entity_id) BEGIN
    UPDATE search_docs SET entities = substr(replace(char(10) || entities, char(10) || OLD.entity_id || char(10), char(10)), 2)
    WHERE article_rowid = (SELECT rowid FROM articles WHERE id = OLD.article_id);
END;

CREATE TRIGGER search_docs_mention_update AFTER UPDATE OF article_id, entity_id ON mentions BEGIN
    UPDATE search_docs SET entities = substr(replace(char(10) || entities, char(10) || OLD.entity_id || char(10), char(10)), 2)
    WHERE article_rowid = (SELECT rowid FROM articles WHERE id = OLD.article_id)
        AND NOT EXISTS (SELECT 1 FROM mentions WHERE article_id = OLD.article_id AND entity_id = OLD.entity_id);
    UPDATE search_docs SET entities = entities || NEW.entity_id || char(10)
    WHERE article_rowid = (SELECT rowid FROM articles WHERE id = NEW.article_id)
        AND instr(char(10) || entities, char(10) || NEW.entity_id || char(10)) = 0;
END;

-- An article's events are few: any change recounts its types and countries.
CREATE TRIGGER search_docs_event_insert AFTER INSERT ON events BEGIN
    UPDATE search_docs SET
        event_types = coalesce((SELECT group_concat(type, char(10)) || char(10) FROM (
            SELECT DISTINCT type FROM events e WHERE e.article_id = NEW.article_id AND e.background = 0)), ''),
        event_countries = coalesce((SELECT group_concat(c, char(10)) || char(10) FROM (
            SELECT source_country AS c FROM events e WHERE e.article_id = NEW.article_id AND e.background = 0
            UNION SELECT target_country FROM events e WHERE e.article_id = NEW.article_id AND e.background = 0
            UNION SELECT location_country FROM events e WHERE e.article_id = NEW.article_id AND e.background = 0) WHERE c <> ''), '')
    WHERE article_rowid = (SELECT rowid FROM articles WHERE id = NEW.article_id);
END;

CREATE TRIGGER search_docs_event_delete AFTER DELETE ON events BEGIN
    UPDATE search_docs SET
        event_types = coalesce((SELECT group_concat(type, char(10)) || char(10) FROM (
            SELECT DISTINCT type FROM events e WHERE e.article_id = OLD.article_id AND e.background = 0)), ''),
        event_countries = coalesce((SELECT group_concat(c, char(10)) || char(10) FROM (
            SELECT source_country AS c FROM events e WHERE e.article_id = OLD.article_id AND e.background = 0
            UNION SELECT target_country FROM events e WHERE e.article_id = OLD.article_id AND e.background = 0
            UNION SELECT location_country FROM events e WHERE e.article_id = OLD.article_id AND e.background = 0) WHERE c <> ''), '')
    WHERE article_rowid = (SELECT rowid FROM articles WHERE id = OLD.article_id);
END;

CREATE TRIGGER search_docs_event_update AFTER UPDATE OF article_id, type, background, source_country, target_country, location_country ON events BEGIN
    UPDATE search_docs SET
        event_types = coalesce((SELECT group_concat(type, char(10)) || char(10) FROM (
            SELECT DISTINCT type FROM events e WHERE e.article_id = search_docs.id AND e.background = 0)), ''),
        event_countries = coalesce((SELECT group_concat(c, char(10)) || char(10) FROM (
            SELECT source_country AS c FROM events e WHERE e.article_id = search_docs.id AND e.background = 0
            UNION SELECT target_country FROM events e WHERE e.article_id = search_docs.id AND e.background = 0
            UNION SELECT location_country FROM events e WHERE e.article_id = search_docs.id AND e.background = 0) WHERE c <> ''), '')
    WHERE article_rowid IN (SELECT rowid FROM articles WHERE id IN (OLD.article_id, NEW.article_id));
END;
