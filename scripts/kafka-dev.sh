#!/usr/bin/env bash
# Starts or stops a throwaway single-node Kafka broker (KRaft, no ZooKeeper) for people and CI.
#
#   scripts/kafka-dev.sh start   # last stdout line: BOOTSTRAP=127.0.0.1:PORT
#   scripts/kafka-dev.sh stop    # stops the broker and deletes its data
#   scripts/kafka-dev.sh url     # prints the BOOTSTRAP line of a running broker
#
# The broker comes from Maven Central, not from a downloaded tarball: the classpath of
# tools/kafka-dev/pom.xml (org.apache.kafka:kafka_2.13) is resolved with ./mvnw once and cached in
# tools/kafka-dev/target/classpath.txt. Extra Maven arguments (for example -o or
# -Dmaven.repo.local=...) go in AFFECTREC_MVN_ARGS.
#
# The broker is both controller and broker, listens on 127.0.0.1 only, on AFFECTREC_KAFKA_PORT
# (default 59092; the controller uses the port above it), keeps its data and its log file
# (broker.log) in AFFECTREC_KAFKA_DIR (default /tmp/affectrec-kafka-dev) and runs detached, so
# 'start' returns (exit 0) once the broker accepts connections. Both subcommands are idempotent.
# Progress goes to stderr, so
#   bootstrap="$(scripts/kafka-dev.sh start | tail -n 1)"; export AFFECTREC_TEST_KAFKA="${bootstrap#BOOTSTRAP=}"
# works.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${AFFECTREC_KAFKA_PORT:-59092}"
CONTROLLER_PORT="$((PORT + 1))"
DIR="${AFFECTREC_KAFKA_DIR:-/tmp/affectrec-kafka-dev}"
POM="$ROOT/tools/kafka-dev/pom.xml"
CLASSPATH_FILE="$ROOT/tools/kafka-dev/target/classpath.txt"
START_TIMEOUT_SECONDS="${AFFECTREC_KAFKA_START_TIMEOUT:-120}"

log() { echo "kafka-dev: $*" >&2; }

classpath() {
  if [[ ! -s "$CLASSPATH_FILE" || "$POM" -nt "$CLASSPATH_FILE" ]]; then
    log "resolving the broker's jars from Maven ($POM)"
    # shellcheck disable=SC2086
    "$ROOT/mvnw" -B -q ${AFFECTREC_MVN_ARGS:-} -f "$POM" dependency:build-classpath \
      -Dmdep.outputFile="$CLASSPATH_FILE" >&2
  fi
  cat "$CLASSPATH_FILE"
}

pid() { [[ -f "$DIR/broker.pid" ]] && cat "$DIR/broker.pid"; }

running() {
  local p
  p="$(pid 2>/dev/null || true)"
  [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null
}

accepting() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

write_properties() {
  cat >"$DIR/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DIR/data
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
EOF
}

start() {
  if running; then
    log "already running (pid $(pid)) on 127.0.0.1:$PORT"
    echo "BOOTSTRAP=127.0.0.1:$PORT"
    return
  fi
  if accepting; then
    log "port $PORT is taken by another process; choose another with AFFECTREC_KAFKA_PORT"
    exit 1
  fi
  local cp java_bin cluster_id
  cp="$(classpath)"
  java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  rm -rf "$DIR"
  mkdir -p "$DIR/data"
  write_properties
  cluster_id="$("$java_bin" -cp "$cp" kafka.tools.StorageTool random-uuid 2>>"$DIR/broker.log" | tail -n 1)"
  log "formatting $DIR/data (cluster $cluster_id)"
  "$java_bin" -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$DIR/server.properties" \
    >>"$DIR/broker.log" 2>&1 || { log "formatting failed; see $DIR/broker.log"; tail -n 20 "$DIR/broker.log" >&2; exit 1; }
  log "starting on 127.0.0.1:$PORT (log: $DIR/broker.log)"
  # setsid detaches the broker from this shell's session, so it outlives the caller's terminal.
  setsid nohup "$java_bin" -Xms256m -Xmx512m -cp "$cp" kafka.Kafka "$DIR/server.properties" \
    >>"$DIR/broker.log" 2>&1 </dev/null &
  echo "$!" >"$DIR/broker.pid"
  local waited=0
  until accepting; do
    if ! running; then
      log "the broker exited; see $DIR/broker.log"
      tail -n 30 "$DIR/broker.log" >&2
      exit 1
    fi
    if ((waited >= START_TIMEOUT_SECONDS * 2)); then
      log "the broker did not accept connections within ${START_TIMEOUT_SECONDS}s; see $DIR/broker.log"
      stop
      exit 1
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  log "ready (pid $(pid))"
  echo "BOOTSTRAP=127.0.0.1:$PORT"
}

stop() {
  if running; then
    local p
    p="$(pid)"
    kill "$p" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$p" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$p" 2>/dev/null || true
  fi
  rm -rf "$DIR"
  log "stopped and removed $DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) running && echo "BOOTSTRAP=127.0.0.1:$PORT" || { log "not running"; exit 1; } ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
