#!/usr/bin/env bash
# Measures Kafka ingest throughput of 'affectrec serve --kafka' into a store (docs/BENCHMARKS.md).
#
#   scripts/kafka-ingest-bench.sh BOOTSTRAP EVENTS [--db jdbc:postgresql://...]
#
# Publishes EVENTS synthetic rate events to a fresh topic with 'affectrec import --kafka', starts
# 'affectrec serve --kafka' on a fresh SQLite data directory (or the --db given), and prints the
# seconds from the first stored event to the last and the events per second. Needs the CLI jar
# (./mvnw -pl affectrec-cli -am package) and a broker (scripts/kafka-dev.sh start).
set -euo pipefail
BOOTSTRAP="${1:?usage: $0 BOOTSTRAP EVENTS [--db URL]}"
EVENTS="${2:?usage: $0 BOOTSTRAP EVENTS [--db URL]}"
shift 2
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/affectrec-cli/target/affectrec.jar"
WORK="$(mktemp -d /tmp/affectrec-kafka-bench.XXXXXX)"
TOPIC="bench-$(date +%s)-$$"
PORT="${AFFECTREC_BENCH_PORT:-18199}"
KEY="ark_kafka-bench-admin-key-0123456789abcdef"
trap '[[ -n "${SERVE_PID:-}" ]] && kill "$SERVE_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

python3 - "$EVENTS" >"$WORK/events.jsonl" <<'PY'
import sys, datetime
n = int(sys.argv[1]); t = datetime.datetime(2024, 5, 1)
for i in range(n):
    print('{"id":"b%d","user":"u%d","item":"i%d","type":"rate","time":"%s","value":%d}'
          % (i, i % 4999, i % 2999, (t + datetime.timedelta(seconds=i)).strftime('%Y-%m-%dT%H:%M:%SZ'), 1 + i % 5))
PY
java -jar "$JAR" import --format events "$WORK/events.jsonl" --kafka "$BOOTSTRAP/$TOPIC" >&2
AFFECTREC_BOOTSTRAP_ADMIN_KEY="$KEY" java -jar "$JAR" serve --data-dir "$WORK/data" --port "$PORT" \
  --retrain-every 0 --kafka "$BOOTSTRAP/$TOPIC" --kafka-group "bench-$$" "$@" >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVE_PID=$!
inserted() {
  curl -s -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT/metrics" 2>/dev/null \
    | awk '/^affectrec_kafka_events_total/ {print int($2)}' || true
}
first="" ; n=0
while :; do
  n="$(inserted)"; n="${n:-0}"
  now="$(date +%s.%N)"
  if [[ -z "$first" && "$n" -gt 0 ]]; then first="$now"; first_n="$n"; fi
  if [[ "$n" -ge "$EVENTS" ]]; then break; fi
  kill -0 "$SERVE_PID" || { echo "serve exited; see $WORK/serve.err" >&2; exit 1; }
  sleep 0.2
done
python3 -c "import sys; f,l,n,fn=map(float,sys.argv[1:]); print(f'{int(n-fn)} events in {l-f:.1f} s after the first batch: {(n-fn)/(l-f):.0f} events/s')" "$first" "$now" "$n" "$first_n"
