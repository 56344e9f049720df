-- Counts over the whole archive kept as the data changes, so that Stats
-- and the weekly counts and maps of every event (or of a type's) read a
-- few hundred rows, not every article or event (as SQLite's migration 021).
--
-- Several processes write one archive at once, so a count is not one row
-- that every writer updates (each transaction would wait on the last, and
-- two could deadlock): statement triggers append signed deltas (the
-- *_deltas tables), and a compaction, one at a time, folds them into the
-- counts (tallies, event_days, event_place_counts). Readers add both.
-- Counts of distinct things (entities mentioned, incidents, incidents
-- reported more than once) cannot be kept so without a lock on every
-- write: those are counted from the indexes at read time.
--
-- tallies: kinds articles, duplicates, mentions, events, quarantined
-- (key '') and outlet, lang (as stored), event_type (by key).
CREATE TABLE tallies (
    kind text COLLATE "C" NOT NULL,
    key  text COLLATE "C" NOT NULL,
    n    bigint NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE TABLE tally_deltas (kind text COLLATE "C" NOT NULL, key text COLLATE "C" NOT NULL, n bigint NOT NULL);

CREATE TABLE event_days (
    type       text COLLATE "C" NOT NULL,
    date_start text COLLATE "C" NOT NULL,
    date_end   text COLLATE "C" NOT NULL,
    background boolean NOT NULL,
    review     text COLLATE "C" NOT NULL,
    n          bigint NOT NULL,
    PRIMARY KEY (type, date_start, date_end, background, review)
);
CREATE TABLE event_day_deltas (type text COLLATE "C" NOT NULL, date_start text COLLATE "C" NOT NULL, date_end text COLLATE "C" NOT NULL,
    background boolean NOT NULL, review text COLLATE "C" NOT NULL, n bigint NOT NULL);

CREATE TABLE event_place_counts (
    type             text COLLATE "C" NOT NULL,
    background       boolean NOT NULL,
    review           text COLLATE "C" NOT NULL,
    location_name    text COLLATE "C" NOT NULL,
    location_country text COLLATE "C" NOT NULL,
    lat              double precision NOT NULL,
    lon              double precision NOT NULL,
    n                bigint NOT NULL,
    PRIMARY KEY (type, background, review, location_name, location_country, lat, lon)
);
CREATE TABLE event_place_deltas (type text COLLATE "C" NOT NULL, background boolean NOT NULL, review text COLLATE "C" NOT NULL,
    location_name text COLLATE "C" NOT NULL, location_country text COLLATE "C" NOT NULL,
    lat double precision NOT NULL, lon double precision NOT NULL, n bigint NOT NULL);

INSERT INTO tallies(kind, key, n)
SELECT 'articles', '', count(*) FROM articles
UNION ALL SELECT 'duplicates', '', count(*) FROM articles WHERE duplicate_of IS NOT NULL
UNION ALL SELECT 'outlet', outlet, count(*) FROM articles GROUP BY outlet
UNION ALL SELECT 'lang', lang, count(*) FROM articles GROUP BY lang
UNION ALL SELECT 'mentions', '', count(*) FROM mentions
UNION ALL SELECT 'events', '', count(*) FROM events
UNION ALL SELECT 'event_type', type, count(*) FROM events GROUP BY type
UNION ALL SELECT 'quarantined', '', count(*) FROM quarantine;

INSERT INTO event_days(type, date_start, date_end, background, review, n)
SELECT type, date_start, date_end, background, review, count(*) FROM events GROUP BY 1, 2, 3, 4, 5;

INSERT INTO event_place_counts(type, background, review, location_name, location_country, lat, lon, n)
SELECT type, background, review, location_name, location_country, lat, lon, count(*) FROM events
WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- One function per table, fired once per statement with its transition
-- tables (new_rows, old_rows): each new row counts +1, each old one -1, an
-- update counts out the old rows and in the new, and what nets to zero is
-- not written. The statements are static, for PL/pgSQL to keep their plans
-- (built with EXECUTE they were planned at every statement: 2 ms more per
-- article stored).

CREATE FUNCTION tally_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'articles' AS kind, '' AS key, sign AS n FROM (SELECT 1 AS sign, * FROM new_rows) r
            UNION ALL SELECT 'duplicates', '', sign FROM (SELECT 1 AS sign, * FROM new_rows) r WHERE duplicate_of IS NOT NULL
            UNION ALL SELECT 'outlet', outlet, sign FROM (SELECT 1 AS sign, * FROM new_rows) r
            UNION ALL SELECT 'lang', lang, sign FROM (SELECT 1 AS sign, * FROM new_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'articles' AS kind, '' AS key, sign AS n FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
            UNION ALL SELECT 'duplicates', '', sign FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r WHERE duplicate_of IS NOT NULL
            UNION ALL SELECT 'outlet', outlet, sign FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
            UNION ALL SELECT 'lang', lang, sign FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'articles' AS kind, '' AS key, sign AS n FROM (SELECT -1 AS sign, * FROM old_rows) r
            UNION ALL SELECT 'duplicates', '', sign FROM (SELECT -1 AS sign, * FROM old_rows) r WHERE duplicate_of IS NOT NULL
            UNION ALL SELECT 'outlet', outlet, sign FROM (SELECT -1 AS sign, * FROM old_rows) r
            UNION ALL SELECT 'lang', lang, sign FROM (SELECT -1 AS sign, * FROM old_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION tally_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT 'mentions', '', sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows) r HAVING sum(sign) <> 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT 'mentions', '', sum(sign) FROM (SELECT -1 AS sign, * FROM old_rows) r HAVING sum(sign) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION tally_quarantine() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT 'quarantined', '', sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows) r HAVING sum(sign) <> 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT 'quarantined', '', sum(sign) FROM (SELECT -1 AS sign, * FROM old_rows) r HAVING sum(sign) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION tally_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'events' AS kind, '' AS key, sign AS n FROM (SELECT 1 AS sign, * FROM new_rows) r
            UNION ALL SELECT 'event_type', type, sign FROM (SELECT 1 AS sign, * FROM new_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
        INSERT INTO event_day_deltas(type, date_start, date_end, background, review, n)
        SELECT type, date_start, date_end, background, review, sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows) r
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(sign) <> 0;
        INSERT INTO event_place_deltas(type, background, review, location_name, location_country, lat, lon, n)
        SELECT type, background, review, location_name, location_country, lat, lon, sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows) r
        WHERE lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(sign) <> 0;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'events' AS kind, '' AS key, sign AS n FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
            UNION ALL SELECT 'event_type', type, sign FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
        INSERT INTO event_day_deltas(type, date_start, date_end, background, review, n)
        SELECT type, date_start, date_end, background, review, sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(sign) <> 0;
        INSERT INTO event_place_deltas(type, background, review, location_name, location_country, lat, lon, n)
        SELECT type, background, review, location_name, location_country, lat, lon, sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
        WHERE lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(sign) <> 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'events' AS kind, '' AS key, sign AS n FROM (SELECT -1 AS sign, * FROM old_rows) r
            UNION ALL SELECT 'event_type', type, sign FROM (SELECT -1 AS sign, * FROM old_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
        INSERT INTO event_day_deltas(type, date_start, date_end, background, review, n)
        SELECT type, date_start, date_end, background, review, sum(sign) FROM (SELECT -1 AS sign, * FROM old_rows) r
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(sign) <> 0;
        INSERT INTO event_place_deltas(type, background, review, location_name, location_country, lat, lon, n)
        SELECT type, background, review, location_name, location_country, lat, lon, sum(sign) FROM (SELECT -1 AS sign, * FROM old_rows) r
        WHERE lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(sign) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER tally_articles_insert AFTER INSERT ON articles REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_articles();
CREATE TRIGGER tally_articles_update AFTER UPDATE ON articles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_articles();
CREATE TRIGGER tally_articles_delete AFTER DELETE ON articles REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_articles();
CREATE TRIGGER tally_mentions_insert AFTER INSERT ON mentions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_mentions();
CREATE TRIGGER tally_mentions_delete AFTER DELETE ON mentions REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_mentions();
CREATE TRIGGER tally_quarantine_insert AFTER INSERT ON quarantine REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_quarantine();
CREATE TRIGGER tally_quarantine_delete AFTER DELETE ON quarantine REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_quarantine();
CREATE TRIGGER tally_events_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_events();
CREATE TRIGGER tally_events_update AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_events();
CREATE TRIGGER tally_events_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_events();
