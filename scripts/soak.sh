#!/usr/bin/env bash
# Soak test of the running service under sustained ingest (issue 21): MovieLens 100K imported into
# a fresh data directory, `affectrec serve --retrain-every 0` (RETRAIN_EVERY to change it) with the
# JVM options of scripts/load-test.sh plus GC logging, then for MINUTES minutes, after a warm-up:
#   - ingest: wrk with scripts/load/ingest.lua, 2 connections, DELAY_MS=30 each (batches of 100
#     events, about 5,000 events/s), running the whole time;
#   - recommendations: wrk with scripts/load/recommendations.lua, 8 connections, DELAY_MS=4 each,
#     one wrk run per minute so each minute has its own p50/p99.
# After each minute it samples the heap after the latest garbage collection (GC log), the load
# average and the share of CPU time the host's hypervisor took from this machine in that minute
# (steal, from /proc/stat): a minute with steal over 10% is marked in the report, since its latency
# measures the host, not the server. Writes into OUT_DIR (default /tmp/affectrec-soak-<time>):
# samples.csv, soak.md (the report, with the done-when checks of issue 21), soak.png (latency and
# heap per minute, drawn by dev.affectrec.eval.report.SoakChart), gc.log, serve.log and the raw wrk
# outputs.
# Usage: scripts/soak.sh MINUTES [OUT_DIR]. Needs ../shared/data/movielens-100k.
# Environment: REC_DELAY_MS (4), REC_CONNECTIONS (8), INGEST_DELAY_MS (30), INGEST_CONNECTIONS (2),
# WARMUP_SECONDS (20), RETRAIN_EVERY (0), SOAK_JFR=1 to record a JFR profile (soak.jfr),
# AFFECTREC_JAVA_OPTS (default: -Xms2g -Xmx2g -Xmn1536m -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
minutes="${1:?usage: scripts/soak.sh MINUTES [OUT_DIR]}"
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "MINUTES must be a whole number >= 1, was '$minutes'" >&2; exit 2; }
out="${2:-/tmp/affectrec-soak-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
rec_delay="${REC_DELAY_MS:-4}"
rec_conns="${REC_CONNECTIONS:-8}"
ingest_delay="${INGEST_DELAY_MS:-30}"
ingest_conns="${INGEST_CONNECTIONS:-2}"
warmup="${WARMUP_SECONDS:-20}"
SERVE_EXTRA_OPTS="-Xlog:gc:file=$out/gc.log:uptime"
if [ "${SOAK_JFR:-0}" = 1 ]; then
  SERVE_EXTRA_OPTS="$SERVE_EXTRA_OPTS -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -XX:StartFlightRecording=filename=$out/soak.jfr,settings=profile,dumponexit=true"
fi
export SERVE_EXTRA_OPTS
# shellcheck source=scripts/load/start-server.sh
. "$root/scripts/load/start-server.sh"
trap 'cp "$data/serve.log" "$out/serve.log" 2> /dev/null; stop_server' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
# The aggregate CPU line of /proc/stat as "total steal" jiffies.
cpu_jiffies() { awk '$1 == "cpu" { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $9 }' /proc/stat; }
# Percent of CPU time stolen between two cpu_jiffies samples.
steal_pct() { awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); d = y[1] - x[1];
  printf "%.1f", (d > 0 ? 100 * (y[2] - x[2]) / d : 0) }'; }
started="$(date -u +%FT%TZ)"
echo "soak: $minutes minute(s) into $out; machine: $(nproc) cores; load $(load)"

# A wrk latency such as 850.00us, 1.80ms or 1.02s, in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0;
  else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
# The heap after the latest garbage collection in the GC log, in MB (empty before the first).
heap_after_gc() { grep -oE -- '->[0-9]+M\(' "$out/gc.log" 2> /dev/null | tail -1 | tr -dc 0-9; }
# The live heap in MB: a full collection (System.gc) outside the measured minutes, then its result.
live_heap() {
  jcmd "$server" GC.run > /dev/null 2>&1 || true
  sleep 1
  grep 'Pause Full' "$out/gc.log" | tail -1 | grep -oE -- '->[0-9]+M\(' | tr -dc 0-9
}

DELAY_MS=0 wrk -t1 -c"$rec_conns" -d"${warmup}s" -s "$root/scripts/load/recommendations.lua" "$url" \
  > "$out/warmup.txt"
live_start="$(live_heap)"
events_start="$(curl -s -H "Authorization: Bearer $KEY" "$url/v1/stats" | sed -E 's/.*"events":([0-9]+).*/\1/')"
DELAY_MS="$ingest_delay" wrk -t1 -c"$ingest_conns" -d"$((minutes * 60 + 5))s" \
  -s "$root/scripts/load/ingest.lua" --latency "$url" > "$out/ingest.txt" &
ingest=$!
sleep 2
echo "minute,requests_per_s,p50_ms,p90_ms,p99_ms,non_2xx,heap_after_gc_mb,gcs,load1,model,steal_pct" > "$out/samples.csv"
for m in $(seq "$minutes"); do
  before="$(cpu_jiffies)"
  DELAY_MS="$rec_delay" wrk -t1 -c"$rec_conns" -d60s -s "$root/scripts/load/recommendations.lua" \
    --latency "$url" > "$out/recommendations-$m.txt"
  f="$out/recommendations-$m.txt"
  rps="$(awk '/Requests\/sec/ {print $2}' "$f")"
  p50="$(ms "$(awk '$1 == "50%" {print $2}' "$f")")"
  p90="$(ms "$(awk '$1 == "90%" {print $2}' "$f")")"
  p99="$(ms "$(awk '$1 == "99%" {print $2}' "$f")")"
  bad="$(awk '/Non-2xx/ {print $NF}' "$f")"
  gcs="$(grep -c 'Pause' "$out/gc.log" 2> /dev/null || true)"
  model="$(curl -s -H "Authorization: Bearer $KEY" "$url/v1/models/current" | grep -oE '"version":"[^"]*"' | head -1 | cut -d'"' -f4)"
  echo "$m,$rps,$p50,$p90,$p99,${bad:-0},$(heap_after_gc),$gcs,$(load | cut -d' ' -f1),$model,$(steal_pct "$before" "$(cpu_jiffies)")" >> "$out/samples.csv"
  tail -1 "$out/samples.csv"
done
wait "$ingest"
live_end="$(live_heap)"
stats="$(curl -s -H "Authorization: Bearer $KEY" "$url/v1/stats")"
events="$(sed -E 's/.*"events":([0-9]+).*/\1/' <<< "$stats")"
cp "$data/serve.log" "$out/serve.log"
java -cp "$root/affectrec-cli/target/affectrec.jar" dev.affectrec.eval.report.SoakChart \
  "$out/samples.csv" "$out/soak.png" \
  "Soak $minutes min: recommendations (${rec_conns}x${rec_delay} ms) + ingest (${ingest_conns}x${ingest_delay} ms)"

# The report: the per-minute table, ingest, errors and the done-when checks of issue 21.
awk -F, -v minutes="$minutes" -v started="$started" -v ended="$(date -u +%FT%TZ)" \
  -v load_end="$(load)" -v events="$events" -v events_start="$events_start" \
  -v live_start="$live_start" -v live_end="$live_end" -v java_opts="$AFFECTREC_JAVA_OPTS" \
  -v retrain="${RETRAIN_EVERY:-0}" -v errors="$(grep -ciE ' (ERROR|WARN) ' "$out/serve.log" || true)" \
  -v ingest="$(grep -E 'requests in|Requests/sec|Non-2xx|  (50|99)%' "$out/ingest.txt" | tr -s ' ' | paste -sd';')" \
  -v rec="$rec_conns connections x DELAY_MS=$rec_delay" -v ing="$ingest_conns connections x DELAY_MS=$ingest_delay" '
NR == 1 { next }
{ m[$1] = $0; p99[$1] = $5; heap[$1] = $7; n = $1
  if ($11 > 10) { stolen = stolen (stolen ? ", " : "") $1 }
  rows = rows sprintf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $9, $11, $10) }
function check(ok) { return ok ? "**met**" : "**missed**" }
END {
  print "# Soak: " minutes " minute(s), " started " to " ended "\n"
  print "Recommendations: " rec " (one wrk run per minute); ingest: " ing ", 100 events per batch;"
  print "`--retrain-every " retrain "`; JVM `" java_opts "`; load average at the end " load_end ".\n"
  print "| minute | requests/s | p50 ms | p90 ms | p99 ms | non-2xx | heap after GC MB | load (1 min) | CPU steal % | model served at the end |"
  print "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  printf "%s\n", rows
  if (stolen) print "Minutes with more than 10% of CPU time stolen by the host (their latency measures the host): " stolen ".\n"
  print "Ingest (whole run): " ingest "; stored events at the end: " events "; ERROR/WARN lines in the server log: " errors ".\n"
  added = events - events_start
  printf "Live heap (after a full GC outside the measured minutes): %s MB after warm-up, %s MB at the end, %d events ingested in between: %.0f bytes retained per ingested event.\n\n", live_start, live_end, added, (added > 0 ? (live_end - live_start) * 1048576 / added : 0)
  print "## Checks (issue 21)\n"
  if (n >= 3) {
    r = p99[1] > 0 ? p99[n] / p99[1] : 0
    printf "- p99 of the last minute %.2f ms <= 10 ms: %s; within 1.3 x the first minute (%.2f ms): ratio %.2f, %s\n", p99[n], check(p99[n] <= 10), p99[1], r, check(r <= 1.3)
  }
  if (n >= 3) {
    r = p99[2] > 0 ? p99[n] / p99[2] : 0
    printf "- p99 of the last minute within 20%% of the second (%.2f ms): ratio %.2f, %s\n", p99[2], r, check(r <= 1.2)
    lo = hi = heap[2]
    for (i = 2; i <= n; i++) { if (heap[i] < lo) lo = heap[i]; if (heap[i] > hi) hi = heap[i] }
    printf "- heap after GC from minute 2 on: %d to %d MB, spread %.1f%% of the lowest, flat within 10%%: %s\n", lo, hi, (lo > 0 ? 100 * (hi - lo) / lo : 0), check(lo > 0 && hi <= 1.1 * lo)
  } else {
    print "- (the checks need at least 3 minutes)"
  }
  print "\n![latency and heap per minute](soak.png)"
}' "$out/samples.csv" > "$out/soak.md"
cat "$out/soak.md"
echo "report: $out/soak.md, chart: $out/soak.png"
