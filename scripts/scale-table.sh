#!/usr/bin/env bash
# Where one machine stops (issue 15 item 6, docs/BENCHMARKS.md): single-node ALS against Spark
# local[2] on synthetic data of growing size, in the same run.
#
#   scripts/scale-table.sh SIZES...        e.g. scripts/scale-table.sh 1000000 10000000 25000000
#
# For each size, generates the interactions once ('affectrec generate', MovieLens 25M proportions,
# Zipf item popularity), then trains implicit ALS on that file with each engine of ENGINES, each in
# its own JVM with -Xmx$HEAP (dev.affectrec.spark.ScaleTraining): the file is read first (timed
# apart: our primitive TSV reader for single-node, Spark's CSV reader cached and counted for spark),
# then the fit is timed (ALS plus the factors collected to arrays). Recorded per run: read and fit
# seconds, the process's wall time, CPU time (user + system) and maximum RSS (/usr/bin/time -v), the heap from the GC log
# (largest heap after a collection, the live set, and largest before one), whether the JVM ran out
# of heap (-XX:+ExitOnOutOfMemoryError: 'does not fit'), and the 1-minute load average before the
# run. Prints a markdown table (also in $WORK/scale-table.md) and keeps raw results in
# $WORK/results.jsonl.
#
# Environment: FACTORS (32), ITERATIONS (10), LAMBDA (0.1, per interaction as Spark's regParam),
# ALPHA (1), THREADS (2, ours), MASTER (local[2]), HEAP (8g), SEED (42),
# ENGINES ("single-node spark"; also spark-driver: Spark ALS on rows shipped from the driver, the
# path 'train --engine spark' takes today), WORK (a new temp dir, data deleted unless KEEP_DATA=1).
# Needs the CLI jar and its Spark libraries: ./mvnw -B -pl affectrec-cli -am package -DskipTests
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 SIZES... (interactions, e.g. 1000000 10000000)" >&2; exit 2; }
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/affectrec-cli/target/affectrec.jar"
SPARK_LIB="$ROOT/affectrec-cli/target/spark-lib"
[[ -f "$JAR" && -d "$SPARK_LIB" ]] || { echo "build first: ./mvnw -B -pl affectrec-cli -am package -DskipTests" >&2; exit 2; }
FACTORS="${FACTORS:-32}" ITERATIONS="${ITERATIONS:-10}" LAMBDA="${LAMBDA:-0.1}" ALPHA="${ALPHA:-1}"
THREADS="${THREADS:-2}" MASTER="${MASTER:-local[2]}" HEAP="${HEAP:-8g}" SEED="${SEED:-42}"
ENGINES="${ENGINES:-single-node spark}"
WORK="${WORK:-$(mktemp -d /tmp/affectrec-scale.XXXXXX)}"
mkdir -p "$WORK"
RESULTS="$WORK/results.jsonl"
# Spark 4 on Java 17 needs these (the CLI jar's manifest has them; -cp does not read it).
OPENS=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
  java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action \
  sun.util.calendar; do
  OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)" >&2
echo "work: $WORK" >&2
for SIZE in "$@"; do
  DATA="$WORK/interactions-$SIZE.tsv"
  if [[ ! -s "$DATA" ]]; then
    g0=$(date +%s.%N)
    java -jar "$JAR" generate --interactions "$SIZE" --seed "$SEED" --out "$DATA" >&2
    echo "generated $SIZE in $(python3 -c "import sys; print(round($(date +%s.%N) - $g0, 1))") s ($(du -h "$DATA" | cut -f1))" >&2
  fi
  for ENGINE in $ENGINES; do
    RUN="$WORK/$SIZE-$ENGINE"
    LOAD="$(cut -d' ' -f1 /proc/loadavg)"
    echo "== $SIZE $ENGINE (load $LOAD) $(date -u +%H:%M:%S)" >&2
    set +e
    /usr/bin/time -v -o "$RUN.time" java "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError \
      "-Xlog:gc:file=$RUN.gc" "${OPENS[@]}" -cp "$JAR:$SPARK_LIB/*" \
      dev.affectrec.spark.ScaleTraining "$ENGINE" "$DATA" "$FACTORS" "$ITERATIONS" "$LAMBDA" \
      "$ALPHA" "$THREADS" "$MASTER" >"$RUN.json" 2>"$RUN.err"
    EXIT=$?
    set -e
    python3 - "$RUN" "$SIZE" "$ENGINE" "$EXIT" "$LOAD" "$HEAP" >>"$RESULTS" <<'PY'
import json, re, sys
run, size, engine, code, load, heap = sys.argv[1:]
out = {}
try:
    lines = [l for l in open(run + ".json") if l.startswith("{")]
    out = json.loads(lines[-1]) if lines else {}
except OSError:
    pass
out.update(size=int(size), engine=engine, exit=int(code), load1=float(load), heap=heap)
err = open(run + ".err", errors="replace").read()
# -XX:+ExitOnOutOfMemoryError prints "Terminating due to java.lang.OutOfMemoryError" (stdout).
out["oom"] = "OutOfMemoryError" in err or "OutOfMemoryError" in open(run + ".json", errors="replace").read()
timed = open(run + ".time").read()
m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", timed)
out["rssMb"] = int(m.group(1)) // 1024 if m else None
cpu = re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", timed)
out["cpuSeconds"] = round(sum(map(float, cpu)), 1) if cpu else None
m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", timed)
if m:
    parts = [float(p) for p in m.group(1).split(":")]
    out["wallSeconds"] = round(sum(p * 60 ** i for i, p in enumerate(reversed(parts))), 1)
unit = {"K": 1 / 1024, "M": 1, "G": 1024}
before, after = 0, 0
for b, bu, a, au in re.findall(r"(\d+)([KMG])->(\d+)([KMG])\(", open(run + ".gc").read()):
    before = max(before, int(b) * unit[bu]); after = max(after, int(a) * unit[au])
out["gcMaxBeforeMb"], out["gcMaxAfterMb"] = round(before), round(after)
print(json.dumps(out))
PY
    tail -1 "$RESULTS" >&2
    if [[ $EXIT -ne 0 ]]; then tail -5 "$RUN.err" >&2; fi
  done
  [[ "${KEEP_DATA:-0}" == 1 ]] || rm -f "$DATA"
done

python3 - "$RESULTS" "$FACTORS" "$ITERATIONS" "$LAMBDA" "$ALPHA" "$HEAP" >"$WORK/scale-table.md" <<'PY'
import json, sys
path, factors, iterations, lam, alpha, heap = sys.argv[1:]
rows = [json.loads(l) for l in open(path)]
print(f"implicit ALS, rank {factors}, {iterations} iterations, regParam {lam} per interaction, "
      f"alpha {alpha}, binary; -Xmx{heap} per JVM\n")
print("| interactions | users | items | engine | read s | fit s | fit ratio to single-node "
      "| process wall s | process CPU s | CPU ratio | max RSS MiB | heap after GC, max MiB "
      f"| heap before GC, max MiB | fits -Xmx{heap} | load 1 min |")
print("|" + "---|" * 15)
base = {r["size"]: r for r in rows if r["engine"] == "single-node"}
def ratio(r, key):
    b = base.get(r["size"], {}).get(key)
    return f'{r[key] / b:.1f}x' if b and r.get(key) else ""
for r in rows:
    fits = "no (OutOfMemoryError)" if r["oom"] else ("yes" if r["exit"] == 0 else f'failed (exit {r["exit"]})')
    print(f'| {r["size"]:,} | {r.get("users", "")} | {r.get("items", "")} | {r["engine"]} '
          f'| {r.get("readSeconds", "")} | {r.get("fitSeconds", "")} | {ratio(r, "fitSeconds")} '
          f'| {r.get("wallSeconds", "")} | {r.get("cpuSeconds", "")} | {ratio(r, "cpuSeconds")} '
          f'| {r.get("rssMb", "")} | {r["gcMaxAfterMb"]} '
          f'| {r["gcMaxBeforeMb"]} | {fits} | {r["load1"]} |')
PY
cat "$WORK/scale-table.md"
