-- AffectRec schema, version 3: erasures not yet reflected in a served model. Portable SQL.
-- An erased user is named only by a keyed hash (HMAC-SHA256 under the store's erasure key, kept in
-- store_secrets), never by id; a record is deleted once a model trained after it is in service.

CREATE TABLE pending_erasures (
  user_hash TEXT PRIMARY KEY,
  time_us BIGINT NOT NULL
);

CREATE TABLE store_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
