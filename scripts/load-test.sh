#!/usr/bin/env bash
# Load test of the running service on loopback with MovieLens 100K loaded (issue: production
# service). Imports MovieLens 100K into a fresh data directory, trains the served model, starts
# `affectrec serve`, then drives it with wrk (Debian package; installed when missing):
#   1. recommendations alone, paced to about 1,000+ requests/s;
#   2. the same while ingest posts durable batches of 100 events at about 5,000 events/s.
# Usage: scripts/load-test.sh [seconds] (default 30). Needs ../shared/data/movielens-100k.
# JVM options for the server: AFFECTREC_JAVA_OPTS (default: 2 GB heap, parallel GC with fixed
# survivor spaces; scripts/load/start-server.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"
# shellcheck source=scripts/load/start-server.sh
. "$root/scripts/load/start-server.sh"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up (not reported)"
DELAY_MS=0 wrk -t1 -c8 -d20s -s "$root/scripts/load/recommendations.lua" "$url" > /dev/null
echo "== recommendations alone (8 connections, 4 ms pause each)"
DELAY_MS=4 wrk -t1 -c8 -d"${seconds}s" -s "$root/scripts/load/recommendations.lua" --latency "$url" \
  | grep -E "requests in|Requests/sec|Non-2xx|  (50|90|99)%"
echo "== recommendations while ingesting (ingest: 2 connections, 30 ms pause each, 100 events per batch)"
DELAY_MS=30 wrk -t1 -c2 -d"$((seconds + 4))s" -s "$root/scripts/load/ingest.lua" --latency "$url" \
  > "$data/ingest.txt" &
ingest=$!
sleep 2
DELAY_MS=4 wrk -t1 -c8 -d"${seconds}s" -s "$root/scripts/load/recommendations.lua" --latency "$url" \
  | grep -E "requests in|Requests/sec|Non-2xx|  (50|90|99)%"
wait $ingest
echo "-- ingest (events/s = requests/s x 100)"
grep -E "requests in|Requests/sec|Non-2xx|  (50|90|99)%" "$data/ingest.txt"
echo "stored events: $(curl -s -H "Authorization: Bearer $KEY" "$url/v1/stats" | sed -E 's/.*"events":([0-9]+).*/\1/')"
