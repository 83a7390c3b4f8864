-- AffectRec schema, version 5. Portable SQL.
-- "The newest N events of a user" and "the newest N readings about a subject" are ordered by
-- (time, id). With the time alone in the index, SQLite sorted every row of the user (or subject)
-- that shared a time before it could stop at N: under sustained ingest where events arrive with one
-- timestamp (issue 21's soak), each recommendation sorted all of the user's events and answers
-- slowed as the store grew. With the id in the index the newest-first scan stops after N rows.
DROP INDEX events_by_user_time;
CREATE INDEX events_by_user_time ON events (user_id, time_us, id);
DROP INDEX readings_by_subject_time;
CREATE INDEX readings_by_subject_time ON emotion_readings (subject_kind, subject_id, time_us, id);
