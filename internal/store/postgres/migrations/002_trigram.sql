-- Trigram indexes (pg_trgm) for the substring filters on names: place:
-- and --place (location names), outlet: in search. The extension goes in
-- schema public, shared by every archive of the database. Where it cannot
-- be created (not installed, or no right to), the archive works the same
-- without these indexes, by scanning.
DO $$
DECLARE
    ns text;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm unavailable (%): name filters scan without trigram indexes', SQLERRM;
    END;
    SELECT n.nspname INTO ns FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = 'pg_trgm';
    IF ns IS NOT NULL THEN
        EXECUTE format('CREATE INDEX events_place_trgm ON events USING gin (lower(location_name) %I.gin_trgm_ops)', ns);
        EXECUTE format('CREATE INDEX articles_outlet_trgm ON articles USING gin (lower(outlet) %I.gin_trgm_ops)', ns);
    END IF;
END $$;
