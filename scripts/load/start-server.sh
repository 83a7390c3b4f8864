# Sourced by scripts/load-test.sh and scripts/soak.sh (not run on its own): imports MovieLens 100K
# into a fresh data directory, trains the served model, starts `affectrec serve` on loopback and
# waits until it answers. Installs wrk (Debian package) when missing.
# Reads: root (the repository), AFFECTREC_SHARED_DIR, AFFECTREC_LOAD_PORT, AFFECTREC_JAVA_OPTS
# (default: 2 GB heap, 1.5 GB young generation, parallel GC with fixed survivor spaces; see
# docs/BENCHMARKS.md, "A larger young generation"), SERVE_EXTRA_OPTS (more JVM options, e.g. GC
# logging), RETRAIN_EVERY (the --retrain-every value, default 0).
# Sets: data (the data directory), server (its pid), url, KEY, and an EXIT trap running
# stop_server (stops the server and removes the data directory).
shared="${AFFECTREC_SHARED_DIR:-$root/../shared}"
port="${AFFECTREC_LOAD_PORT:-18190}"
data="$(mktemp -d /tmp/affectrec-load.XXXXXX)"
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
export KEY="load-test-admin-$(date +%s%N)"
export AFFECTREC_BOOTSTRAP_ADMIN_KEY="$KEY"
# Without -UseAdaptiveSizePolicy the parallel collector shrinks the survivor spaces under this
# load and promotes answers' few-seconds-lived state, which piles up in the old generation. The
# 1.5 GB young generation spaces young collections about 5 s apart here, so an object is promoted
# only after about 75 s (15 collections): per-connection state of a client that keeps a connection
# for a minute dies young (docs/BENCHMARKS.md, "A larger young generation").
export AFFECTREC_JAVA_OPTS="${AFFECTREC_JAVA_OPTS:--Xms2g -Xmx2g -Xmn1536m -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy}"
cli="$root/affectrec"
"$cli" import --data-dir "$data" --format movielens "$shared/data/movielens-100k" > /dev/null
"$cli" recommend --data-dir "$data" --user 1 -k 1 > /dev/null
AFFECTREC_JAVA_OPTS="$AFFECTREC_JAVA_OPTS ${SERVE_EXTRA_OPTS:-}" \
  "$cli" serve --data-dir "$data" --port "$port" --retrain-every "${RETRAIN_EVERY:-0}" \
  > "$data/serve.log" 2>&1 &
server=$!
stop_server() { kill "$server" 2> /dev/null; wait "$server" 2> /dev/null || true; rm -rf "$data"; }
trap stop_server EXIT
for _ in $(seq 60); do
  curl -sf -o /dev/null -H "Authorization: Bearer $KEY" "http://127.0.0.1:$port/v1/models/current" && break
  sleep 1
done
url="http://127.0.0.1:$port"
