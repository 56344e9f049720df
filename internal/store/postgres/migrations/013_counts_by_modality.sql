-- The kept day and place counts of migration 012 by modality too (as
-- SQLite's migration 024), so that the desk's charts and maps count what
-- the event listing shows by default: acts announced for later (modality
-- planned) are left out of the kept counts as of the events
-- (EventFilter.Done). The counts are made again from the events, and the
-- events' trigger function writes the column.
ALTER TABLE event_days ADD COLUMN modality text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE event_day_deltas ADD COLUMN modality text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE event_place_counts ADD COLUMN modality text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE event_place_deltas ADD COLUMN modality text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE event_days DROP CONSTRAINT event_days_pkey, ADD PRIMARY KEY (type, date_start, date_end, background, review, modality);
ALTER TABLE event_place_counts DROP CONSTRAINT event_place_counts_pkey,
    ADD PRIMARY KEY (type, background, review, modality, location_name, location_country, lat, lon);

TRUNCATE event_days, event_day_deltas, event_place_counts, event_place_deltas;
INSERT INTO event_days(type, date_start, date_end, background, review, modality, n)
SELECT type, date_start, date_end, background, review, modality, count(*) FROM events GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO event_place_counts(type, background, review, modality, location_name, location_country, lat, lon, n)
SELECT type, background, review, modality, location_name, location_country, lat, lon, count(*) FROM events
WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

CREATE OR REPLACE FUNCTION tally_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'events' AS kind, '' AS key, sign AS n FROM (SELECT 1 AS sign, * FROM new_rows) r
            UNION ALL SELECT 'event_type', type, sign FROM (SELECT 1 AS sign, * FROM new_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
        INSERT INTO event_day_deltas(type, date_start, date_end, background, review, modality, n)
        SELECT type, date_start, date_end, background, review, modality, sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows) r
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(sign) <> 0;
        INSERT INTO event_place_deltas(type, background, review, modality, location_name, location_country, lat, lon, n)
        SELECT type, background, review, modality, location_name, location_country, lat, lon, sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows) r
        WHERE lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(sign) <> 0;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'events' AS kind, '' AS key, sign AS n FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
            UNION ALL SELECT 'event_type', type, sign FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
        INSERT INTO event_day_deltas(type, date_start, date_end, background, review, modality, n)
        SELECT type, date_start, date_end, background, review, modality, sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(sign) <> 0;
        INSERT INTO event_place_deltas(type, background, review, modality, location_name, location_country, lat, lon, n)
        SELECT type, background, review, modality, location_name, location_country, lat, lon, sum(sign) FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
        WHERE lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(sign) <> 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO tally_deltas(kind, key, n)
        SELECT kind, key, sum(n) FROM (
            SELECT 'events' AS kind, '' AS key, sign AS n FROM (SELECT -1 AS sign, * FROM old_rows) r
            UNION ALL SELECT 'event_type', type, sign FROM (SELECT -1 AS sign, * FROM old_rows) r) x
        GROUP BY kind, key HAVING sum(n) <> 0;
        INSERT INTO event_day_deltas(type, date_start, date_end, background, review, modality, n)
        SELECT type, date_start, date_end, background, review, modality, sum(sign) FROM (SELECT -1 AS sign, * FROM old_rows) r
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(sign) <> 0;
        INSERT INTO event_place_deltas(type, background, review, modality, location_name, location_country, lat, lon, n)
        SELECT type, background, review, modality, location_name, location_country, lat, lon, sum(sign) FROM (SELECT -1 AS sign, * FROM old_rows) r
        WHERE lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(sign) <> 0;
    END IF;
    RETURN NULL;
END $$;
