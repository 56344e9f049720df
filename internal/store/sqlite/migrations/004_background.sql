-- Events that are past context rather than news (a war decades before the
-- article): listed only when asked for, never grouped into incidents.
ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0;
UPDATE events SET background = 1 WHERE json_extract(data, '$.background') = 1;
