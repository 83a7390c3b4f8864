-- AffectRec schema, version 2: access control and privacy. Portable SQL (SQLite and PostgreSQL).
-- API keys are stored as SHA-256 hashes only; the audit log holds no personal data.

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  created_us BIGINT NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE consents (
  user_id TEXT NOT NULL,
  modality TEXT NOT NULL,
  granted INTEGER NOT NULL,
  time_us BIGINT NOT NULL,
  PRIMARY KEY (user_id, modality)
);

CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  time_us BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  status INTEGER NOT NULL
);

CREATE INDEX audit_by_time ON audit_log (time_us, id);
