#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the store tests.
#
#   scripts/pg-test-server.sh start   # prints: export AFFECTREC_TEST_PG_URL='jdbc:postgresql://...'
#   scripts/pg-test-server.sh stop    # stops the cluster and deletes its directory
#   scripts/pg-test-server.sh pause   # stops the cluster and keeps it; 'start' brings it back
#   scripts/pg-test-server.sh url     # prints the export line of a running cluster
#
# Installs nothing: it uses the Debian binaries in /usr/lib/postgresql/*/bin (apt-get install -y
# postgresql). The cluster listens on 127.0.0.1 only, on AFFECTREC_PG_PORT (default 55432), and
# lives in AFFECTREC_PG_DIR (default /tmp/affectrec-pg-test). When run as root the server runs as
# the 'postgres' OS user (initdb refuses root). Both subcommands are idempotent.
# Progress goes to stderr; the export line is the only stdout output, so
#   eval "$(scripts/pg-test-server.sh start)"
# works.
set -euo pipefail

PORT="${AFFECTREC_PG_PORT:-55432}"
DIR="${AFFECTREC_PG_DIR:-/tmp/affectrec-pg-test}"
DB=affectrec_test
DB_USER=affectrec
DB_PASSWORD=affectrec-test
URL="jdbc:postgresql://127.0.0.1:${PORT}/${DB}?user=${DB_USER}&password=${DB_PASSWORD}"

log() { echo "pg-test-server: $*" >&2; }

bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
    log "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin; install them with: apt-get install -y postgresql"
    exit 1
  fi
  echo "$dir"
}

# Runs a command as the cluster owner: 'postgres' when we are root, ourselves otherwise.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() {
  [[ -f "$DIR/data/postmaster.pid" ]] && as_owner "$(bindir)/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

psql_admin() {
  as_owner "$(bindir)/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

start() {
  local bin
  bin="$(bindir)"
  if running; then
    log "already running in $DIR on port $PORT"
  else
    if [[ ! -f "$DIR/data/PG_VERSION" ]]; then
      rm -rf "$DIR"
      mkdir -p "$DIR/data"
      chmod 700 "$DIR" "$DIR/data"
      [[ "$(id -u)" -eq 0 ]] && chown -R postgres:postgres "$DIR"
      log "initialising a cluster in $DIR/data with $bin"
      as_owner "$bin/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
        || as_owner "$bin/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C >"$DIR/initdb.log" 2>&1 \
        || { log "initdb failed; see $DIR/initdb.log"; cat "$DIR/initdb.log" >&2; exit 1; }
    fi
    log "starting on 127.0.0.1:$PORT"
    as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on -c max_connections=100" start >&2 \
      || { log "the server did not start; see $DIR/server.log"; cat "$DIR/server.log" >&2; exit 1; }
  fi
  if [[ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]]; then
    psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
  fi
  if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]]; then
    psql_admin -c "CREATE DATABASE $DB OWNER $DB_USER"
  fi
  log "ready: database $DB, user $DB_USER"
  echo "export AFFECTREC_TEST_PG_URL='$URL'"
}

stop() {
  if [[ -d "$DIR/data" ]] && running; then
    as_owner "$(bindir)/pg_ctl" -D "$DIR/data" -m fast -w stop >&2
  fi
  rm -rf "$DIR"
  log "stopped and removed $DIR"
}

# Stops the server but keeps its data, for fault tests of a database that goes away and returns.
pause() {
  if [[ -d "$DIR/data" ]] && running; then
    as_owner "$(bindir)/pg_ctl" -D "$DIR/data" -m fast -w stop >&2
  fi
  log "paused $DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  pause) pause ;;
  url) running && echo "export AFFECTREC_TEST_PG_URL='$URL'" || { log "not running"; exit 1; } ;;
  *) echo "usage: $0 start|stop|pause|url" >&2; exit 2 ;;
esac
