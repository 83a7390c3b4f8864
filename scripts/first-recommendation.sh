#!/usr/bin/env bash
# Time from the first accepted batch to the first recommendations on a fresh service (issue 17,
# item 1). Starts `affectrec serve` (the real jar) on an empty data directory, posts one batch of
# 216 purchase events (24 users, two taste clusters), then polls
# GET /v1/users/a3/recommendations every 20 ms and reports:
#   - the time to the first 200 answer (the most popular items, before any model),
#   - the time to the first answer from a trained model (its "model" field is set),
#   - every status other than 200 seen on the way (there must be none).
# Usage: scripts/first-recommendation.sh [runs] (default 3). Needs curl; builds the jar through
# ./affectrec when it is missing or stale. AFFECTREC_JAVA_OPTS passes JVM options to the server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
port="${AFFECTREC_FIRST_RUN_PORT:-18191}"
url="http://127.0.0.1:$port"
export KEY="first-run-admin-$(date +%s%N)"
export AFFECTREC_BOOTSTRAP_ADMIN_KEY="$KEY"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

batch() { # 216 purchases: a0..a11 buy 9 consecutive items of A0..A17, b0..b11 of B0..B17
  local sep="" n=0 c u k
  printf '['
  for c in a b; do
    for u in $(seq 0 11); do
      for k in $(seq 0 8); do
        printf '%s{"id":"%s%s-%s","user":"%s%s","item":"%s%s","type":"purchase","time":"2026-10-01T%02d:%02d:00Z"}' \
          "$sep" "$c" "$u" "$k" "$c" "$u" "${c^^}" $(((u + k) % 18)) $((n / 60)) $((n % 60))
        sep=","
        n=$((n + 1))
      done
    done
  done
  printf ']'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
"$root/affectrec" --version > /dev/null 2>&1 || true # builds the jar when stale
body="$(mktemp)"
batch > "$body"
server=""
data=""
cleanup() {
  [[ -n "$server" ]] && { kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; }
  [[ -n "$data" ]] && rm -rf "$data"
  rm -f "$body"
}
trap cleanup EXIT
for run in $(seq "$runs"); do
  data="$(mktemp -d /tmp/affectrec-first-run.XXXXXX)"
  "$root/affectrec" serve --data-dir "$data" --port "$port" > "$data/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 300); do
    curl -sf -o /dev/null "$url/health" && break
    sleep 0.1
  done
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' --data-binary "@$body" "$url/v1/events")"
  accepted="$(now_ms)"
  [[ "$status" == 200 ]] || { echo "the batch was refused: $status" >&2; exit 1; }
  first="" model="" others=""
  deadline=$((accepted + 120000))
  while [[ -z "$model" && "$(now_ms)" -lt "$deadline" ]]; do
    answer="$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $KEY" \
      "$url/v1/users/a3/recommendations?k=5")"
    at="$(now_ms)"
    code="${answer##*$'\n'}"
    if [[ "$code" != 200 ]]; then
      others="$others $code@$((at - accepted))ms"
    else
      [[ -z "$first" ]] && first=$((at - accepted)) && first_source="$(grep -o '"source":"[a-z_]*"' <<< "$answer")"
      grep -q '"model":"v' <<< "$answer" && model=$((at - accepted))
    fi
    sleep 0.02
  done
  echo "run $run: first recommendation ${first:-none} ms after the accepted batch (${first_source:-}), first from a model ${model:-none} ms; non-200 answers:${others:- none}"
  grep -o 'serving model .* ms' "$data/serve.log" | head -1 || true
  kill "$server"
  wait "$server" 2> /dev/null || true
  server=""
  rm -rf "$data"
  data=""
done
