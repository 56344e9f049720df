-- The kept weekly and place counts of migration 021 by modality too, so
-- that the desk's charts and maps count what the event listing shows by
-- default: acts announced for later ("talks are planned for next week",
-- modality planned) are left out of the kept counts as of the events
-- (EventFilter.Done). The tables are counted again from the events, and
-- the event triggers that keep them are written again with the column.
DROP TRIGGER tallies_event_insert;
DROP TRIGGER tallies_event_delete;
DROP TRIGGER tallies_event_update;
DROP TABLE event_weeks;
DROP TABLE event_place_counts;

CREATE TABLE event_weeks (
    type       TEXT NOT NULL,
    week       TEXT NOT NULL,
    background INTEGER NOT NULL,
    review     TEXT NOT NULL,
    modality   TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (type, week, background, review, modality)
) WITHOUT ROWID;

CREATE TABLE event_place_counts (
    type             TEXT NOT NULL,
    background       INTEGER NOT NULL,
    review           TEXT NOT NULL,
    modality         TEXT NOT NULL,
    location_name    TEXT NOT NULL,
    location_country TEXT NOT NULL,
    lat              REAL NOT NULL,
    lon              REAL NOT NULL,
    n                INTEGER NOT NULL,
    PRIMARY KEY (type, background, review, modality, location_name, location_country, lat, lon)
) WITHOUT ROWID;

INSERT INTO event_weeks(type, week, background, review, modality, n)
SELECT type, CASE WHEN date(julianday(date_start)) = date_start THEN date(date_start, '-6 days', 'weekday 1') ELSE '' END,
    background, review, modality, count(*) FROM events GROUP BY 1, 2, 3, 4, 5;

INSERT INTO event_place_counts(type, background, review, modality, location_name, location_country, lat, lon, n)
SELECT type, background, review, modality, location_name, location_country, lat, lon, count(*) FROM events
WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- The date window's index (migration 023) holds the modality too, so that
-- the home page's weeks and actors of acts done read the index alone.
DROP INDEX events_window;
CREATE INDEX events_window ON events(date_start, date_end, background, type, review, modality, source_entity, target_entity);

-- The event triggers of migration 021, with the modality.
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
    INSERT INTO event_weeks(type, week, background, review, modality, n)
        VALUES (NEW.type, CASE WHEN date(julianday(NEW.date_start)) = NEW.date_start THEN date(NEW.date_start, '-6 days', 'weekday 1') ELSE '' END,
            NEW.background, NEW.review, NEW.modality, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO event_place_counts(type, background, review, modality, location_name, location_country, lat, lon, n)
        SELECT NEW.type, NEW.background, NEW.review, NEW.modality, NEW.location_name, NEW.location_country, NEW.lat, NEW.lon, 1
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
        AND background = OLD.background AND review = OLD.review AND modality = OLD.modality;
    UPDATE event_place_counts SET n = n - 1 WHERE OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL AND type = OLD.type
        AND background = OLD.background AND review = OLD.review AND modality = OLD.modality AND location_name = OLD.location_name
        AND location_country = OLD.location_country AND lat = OLD.lat AND lon = OLD.lon;
END;

CREATE TRIGGER tallies_event_update AFTER UPDATE OF type, date_start, background, review, modality, incident, article_id,
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
        AND background = OLD.background AND review = OLD.review AND modality = OLD.modality;
    INSERT INTO event_weeks(type, week, background, review, modality, n)
        VALUES (NEW.type, CASE WHEN date(julianday(NEW.date_start)) = NEW.date_start THEN date(NEW.date_start, '-6 days', 'weekday 1') ELSE '' END,
            NEW.background, NEW.review, NEW.modality, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
    UPDATE event_place_counts SET n = n - 1 WHERE OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL AND type = OLD.type
        AND background = OLD.background AND review = OLD.review AND modality = OLD.modality AND location_name = OLD.location_name
        AND location_country = OLD.location_country AND lat = OLD.lat AND lon = OLD.lon;
    INSERT INTO event_place_counts(type, background, review, modality, location_name, location_country, lat, lon, n)
        SELECT NEW.type, NEW.background, NEW.review, NEW.modality, NEW.location_name, NEW.location_country, NEW.lat, NEW.lon, 1
        WHERE NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
