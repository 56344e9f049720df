-- The events of a date window of up to a year (the home page's last weeks
-- and its week, a chart's week) for their weekly counts and actors from an
-- index alone: the window's rowids were each looked up in the events'
-- wide rows for the type and the end day (on 100,000 articles, 8,000 rows
-- read for the home page's twelve weeks, 0.1 s of CPU cold).
CREATE INDEX events_window ON events(date_start, date_end, background, type, review, source_entity, target_entity);
