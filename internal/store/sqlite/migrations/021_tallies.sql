-- Counts over the whole archive kept by triggers in the transaction that
-- changes the data, so that the desk's totals and its charts and maps over
-- every event read a few hundred rows, not every article or event (on
-- 100,000 articles: Stats 0.2 s of CPU, the unfiltered explorer's weekly
-- counts and map 0.15 s, each time the archive changed). Triggers, as for
-- search_docs: every write path (ingest, reprocess, review, links,
-- incident merges, outlet aliases, a cascade) keeps them.
--
-- tallies: scalar counts under key '' (articles, duplicates, mentions,
-- entities: those mentioned, events, incidents, incidents_reported: by more
-- than one article, quarantined) and counts by key (outlet, lang as
-- stored, event_type). A count can reach 0 and stay: readers skip zeros.
CREATE TABLE tallies (
    kind TEXT NOT NULL,
    key  TEXT NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- Events by type, week of their first day (its Monday; '' when that is
-- not a day), background and review status: the weekly charts of every
-- event, or of a type's, and their totals. By week, not by day: the days
-- were 19,000 rows to read and fold on 100,000 articles (40 ms of CPU), the
-- weeks are 5,000.
CREATE TABLE event_weeks (
    type       TEXT NOT NULL,
    week       TEXT NOT NULL,
    background INTEGER NOT NULL,
    review     TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (type, week, background, review)
) WITHOUT ROWID;

-- Events with coordinates by type, background, review status and place:
-- the maps of every event, or of a type's.
CREATE TABLE event_place_counts (
    type             TEXT NOT NULL,
    background       INTEGER NOT NULL,
    review           TEXT NOT NULL,
    location_name    TEXT NOT NULL,
    location_country TEXT NOT NULL,
    lat              REAL NOT NULL,
    lon              REAL NOT NULL,
    n                INTEGER NOT NULL,
    PRIMARY KEY (type, background, review, location_name, location_country, lat, lon)
) WITHOUT ROWID;

INSERT INTO tallies(kind, key, n)
SELECT 'articles', '', count(*) FROM articles
UNION ALL SELECT 'duplicates', '', count(*) FROM articles WHERE duplicate_of IS NOT NULL
UNION ALL SELECT 'outlet', outlet, count(*) FROM articles GROUP BY outlet
UNION ALL SELECT 'lang', lang, count(*) FROM articles GROUP BY lang
UNION ALL SELECT 'mentions', '', count(*) FROM mentions
UNION ALL SELECT 'entities', '', count(DISTINCT entity_id) FROM mentions
UNION ALL SELECT 'events', '', count(*) FROM events
UNION ALL SELECT 'event_type', type, count(*) FROM events GROUP BY type
UNION ALL SELECT 'incidents', '', count(DISTINCT incident) FROM events
UNION ALL SELECT 'incidents_reported', '', count(*) FROM (SELECT incident FROM events GROUP BY incident HAVING count(DISTINCT article_id) > 1)
UNION ALL SELECT 'quarantined', '', count(*) FROM quarantine;

-- The week as Go's weekOf reckons it: a day that is one (julianday
-- normalises 2025-02-30 to another), its Monday.
INSERT INTO event_weeks(type, week, background, review, n)
SELECT type, CASE WHEN date(julianday(date_start)) = date_start THEN date(date_start, '-6 days', 'weekday 1') ELSE '' END,
    background, review, count(*) FROM events GROUP BY 1, 2, 3, 4;

INSERT INTO event_place_counts(type, background, review, location_name, location_country, lat, lon, n)
SELECT type, background, review, location_name, location_country, lat, lon, count(*) FROM events
WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE TRIGGER tallies_article_insert AFTER INSERT ON articles BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('articles', '', 1), ('duplicates', '', NEW.duplicate_of IS NOT NULL),
        ('outlet', NEW.outlet, 1), ('lang', NEW.lang, 1)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tallies_article_delete AFTER DELETE ON articles BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('articles', '', -1), ('duplicates', '', -(OLD.duplicate_of IS NOT NULL)),
        ('outlet', OLD.outlet, -1), ('lang', OLD.lang, -1)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tallies_article_update AFTER UPDATE OF duplicate_of, outlet, lang ON articles BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('duplicates', '', (NEW.duplicate_of IS NOT NULL) - (OLD.duplicate_of IS NOT NULL)),
        ('outlet', OLD.outlet, -1), ('lang', OLD.lang, -1)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) VALUES ('outlet', NEW.outlet, 1), ('lang', NEW.lang, 1)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tallies_quarantine_insert AFTER INSERT ON quarantine BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('quarantined', '', 1) ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tallies_quarantine_delete AFTER DELETE ON quarantine BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('quarantined', '', -1) ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;

-- An entity counts while one mention of it is stored: the first mention
-- adds it, the last one's removal takes it away (one seek of
-- mentions_entity each).
CREATE TRIGGER tallies_mention_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('mentions', '', 1) ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'entities', '', 1
        WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = NEW.entity_id AND rowid <> NEW.rowid)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER tallies_mention_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('mentions', '', -1) ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'entities', '', -1
        WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = OLD.entity_id)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;

-- An update is the old row's removal and the new row's insertion, both
-- judged against the other rows (rowid <> NEW.rowid).
CREATE TRIGGER tallies_mention_update AFTER UPDATE OF entity_id ON mentions BEGIN
    INSERT INTO tallies(kind, key, n) SELECT 'entities', '', -1
        WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = OLD.entity_id AND rowid <> NEW.rowid)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'entities', '', 1
        WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = NEW.entity_id AND rowid <> NEW.rowid)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;

-- An incident counts while one of its events is stored; it is reported
-- more than once while two articles have events in it. Each condition is
-- a seek or two of events_incident_article (the LIMIT stops the distinct
-- articles at two).
CREATE TRIGGER tallies_event_insert AFTER INSERT ON events BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('events', '', 1), ('event_type', NEW.type, 1)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'incidents', '', 1
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE incident = NEW.incident AND rowid <> NEW.rowid)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'incidents_reported', '', 1
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE incident = NEW.incident AND article_id = NEW.article_id AND rowid <> NEW.rowid)
            AND (SELECT count(*) FROM (SELECT DISTINCT article_id FROM events
                WHERE incident = NEW.incident AND article_id <> NEW.article_id AND rowid <> NEW.rowid LIMIT 2)) = 1
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO event_weeks(type, week, background, review, n)
        VALUES (NEW.type, CASE WHEN date(julianday(NEW.date_start)) = NEW.date_start THEN date(NEW.date_start, '-6 days', 'weekday 1') ELSE '' END,
            NEW.background, NEW.review, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO event_place_counts(type, background, review, location_name, location_country, lat, lon, n)
        SELECT NEW.type, NEW.background, NEW.review, NEW.location_name, NEW.location_country, NEW.lat, NEW.lon, 1
        WHERE NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER tallies_event_delete AFTER DELETE ON events BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('events', '', -1), ('event_type', OLD.type, -1)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'incidents', '', -1
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE incident = OLD.incident)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'incidents_reported', '', -1
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE incident = OLD.incident AND article_id = OLD.article_id)
            AND (SELECT count(*) FROM (SELECT DISTINCT article_id FROM events
                WHERE incident = OLD.incident AND article_id <> OLD.article_id LIMIT 2)) = 1
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    UPDATE event_weeks SET n = n - 1 WHERE type = OLD.type
        AND week = CASE WHEN date(julianday(OLD.date_start)) = OLD.date_start THEN date(OLD.date_start, '-6 days', 'weekday 1') ELSE '' END
        AND background = OLD.background AND review = OLD.review;
    UPDATE event_place_counts SET n = n - 1 WHERE OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL AND type = OLD.type
        AND background = OLD.background AND review = OLD.review AND location_name = OLD.location_name
        AND location_country = OLD.location_country AND lat = OLD.lat AND lon = OLD.lon;
END;

CREATE TRIGGER tallies_event_update AFTER UPDATE OF type, date_start, background, review, incident, article_id,
    location_name, location_country, lat, lon ON events BEGIN
    INSERT INTO tallies(kind, key, n) VALUES ('event_type', OLD.type, -1) ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) VALUES ('event_type', NEW.type, 1) ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'incidents', '', -1
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE incident = OLD.incident AND rowid <> NEW.rowid)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'incidents_reported', '', -1
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE incident = OLD.incident AND article_id = OLD.article_id AND rowid <> NEW.rowid)
            AND (SELECT count(*) FROM (SELECT DISTINCT article_id FROM events
                WHERE incident = OLD.incident AND article_id <> OLD.article_id AND rowid <> NEW.rowid LIMIT 2)) = 1
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'incidents', '', 1
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE incident = NEW.incident AND rowid <> NEW.rowid)
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies(kind, key, n) SELECT 'incidents_reported', '', 1
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE incident = NEW.incident AND article_id = NEW.article_id AND rowid <> NEW.rowid)
            AND (SELECT count(*) FROM (SELECT DISTINCT article_id FROM events
                WHERE incident = NEW.incident AND article_id <> NEW.article_id AND rowid <> NEW.rowid LIMIT 2)) = 1
    ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
    UPDATE event_weeks SET n = n - 1 WHERE type = OLD.type
        AND week = CASE WHEN date(julianday(OLD.date_start)) = OLD.date_start THEN date(OLD.date_start, '-6 days', 'weekday 1') ELSE '' END
        AND background = OLD.background AND review = OLD.review;
    INSERT INTO event_weeks(type, week, background, review, n)
        VALUES (NEW.type, CASE WHEN date(julianday(NEW.date_start)) = NEW.date_start THEN date(NEW.date_start, '-6 days', 'weekday 1') ELSE '' END,
            NEW.background, NEW.review, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
    UPDATE event_place_counts SET n = n - 1 WHERE OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL AND type = OLD.type
        AND background = OLD.background AND review = OLD.review AND location_name = OLD.location_name
        AND location_country = OLD.location_country AND lat = OLD.lat AND lon = OLD.lon;
    INSERT INTO event_place_counts(type, background, review, location_name, location_country, lat, lon, n)
        SELECT NEW.type, NEW.background, NEW.review, NEW.location_name, NEW.location_country, NEW.lat, NEW.lon, 1
        WHERE NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
