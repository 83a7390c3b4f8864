-- AffectRec schema, version 1. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Times are BIGINT microseconds since the epoch; collections are JSON text.

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  attributes TEXT NOT NULL DEFAULT '{}',
  time_us BIGINT
);

CREATE TABLE items (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  categories TEXT NOT NULL DEFAULT '[]',
  attributes TEXT NOT NULL DEFAULT '{}',
  time_us BIGINT
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  item_id TEXT,
  type TEXT NOT NULL,
  time_us BIGINT NOT NULL,
  value DOUBLE PRECISION,
  text TEXT,
  device TEXT,
  channel TEXT,
  location TEXT,
  locale TEXT,
  session TEXT
);

CREATE INDEX events_by_user_time ON events (user_id, time_us);

CREATE INDEX events_by_time ON events (time_us, id);

CREATE TABLE emotion_readings (
  id TEXT PRIMARY KEY,
  subject_kind TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  modality TEXT NOT NULL,
  time_us BIGINT NOT NULL,
  p_anger DOUBLE PRECISION NOT NULL,
  p_disgust DOUBLE PRECISION NOT NULL,
  p_fear DOUBLE PRECISION NOT NULL,
  p_joy DOUBLE PRECISION NOT NULL,
  p_sadness DOUBLE PRECISION NOT NULL,
  p_surprise DOUBLE PRECISION NOT NULL,
  p_neutral DOUBLE PRECISION NOT NULL,
  polarity_negative DOUBLE PRECISION NOT NULL,
  polarity_neutral DOUBLE PRECISION NOT NULL,
  polarity_positive DOUBLE PRECISION NOT NULL,
  valence DOUBLE PRECISION NOT NULL,
  arousal DOUBLE PRECISION NOT NULL,
  intensity DOUBLE PRECISION NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  model TEXT NOT NULL,
  source_event_id TEXT
);

CREATE INDEX readings_by_subject_time ON emotion_readings (subject_kind, subject_id, time_us);

CREATE INDEX readings_by_source_event ON emotion_readings (source_event_id);
