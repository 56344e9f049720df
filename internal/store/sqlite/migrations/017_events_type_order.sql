-- One type's events in list order (the explorer filtered by type, newest or
-- oldest first): the planner sought the type in events_type_day and sorted
-- every event of it to show the first 25 (on 100,000 articles: 35,000
-- ASSAULT rows read and sorted, 0.5 s of CPU per page).
CREATE INDEX events_type_latest ON events(type, date_start = '', date_start DESC, date_end DESC, article_id, seq);
CREATE INDEX events_type_oldest ON events(type, date_start = '', date_start, date_end, article_id, seq);
-- The events of a date window (since..until: a week of the charts, the
-- home page's last weeks) are those whose days overlap it, which neither
-- day's index bounds alone: date_start <= until read every earlier event
-- (78,000 on 100,000 articles, for a week). Most events span a few days:
-- the window's are those starting from 62 days before it, found by
-- events_date, and the long ones (or those whose span cannot be told),
-- found by this index of them.
CREATE INDEX events_long ON events(date_end, date_start) WHERE date_end > coalesce(date(date_start, '+62 days'), '');
