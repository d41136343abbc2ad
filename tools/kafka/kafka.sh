#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, combined broker+controller) for Samspill.
#
#   tools/kafka/kafka.sh start    start (or reuse) a broker; last stdout line = bootstrap address
#   tools/kafka/kafka.sh stop     stop the broker started from this folder (pid file); idempotent
#   tools/kafka/kafka.sh status   exit 0 + print the address if a broker answers, else exit 1
#   tools/kafka/kafka.sh reset    stop, then delete the data dir (clean slate)
#   tools/kafka/kafka.sh fetch    only download the broker jars into the cache (no start)
#
# The broker is the real Apache Kafka server, run from the jars that Maven resolves
# from tools/kafka/pom.xml into .cache/kafka/libs. Only stdout line printed by
# `start`/`status` is the address; all chatter goes to stderr. See README.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd -P)"

CACHE_DIR="$REPO_ROOT/.cache/kafka"
LIBS_DIR="$CACHE_DIR/libs"
LIBS_MARKER="$LIBS_DIR/.complete"
PROBE_DIR="$CACHE_DIR/probe"
LOG_DIR="$CACHE_DIR/logs"
DATA_DIR="${KAFKA_DATA_DIR:-$CACHE_DIR/data}"
PID_FILE="$CACHE_DIR/kafka.pid"
LOCK_FILE="$CACHE_DIR/kafka.lock"
CLUSTER_ID_FILE="$CACHE_DIR/cluster.id"
SERVER_PROPERTIES="$CACHE_DIR/server.properties"
CDS_ARCHIVE="$CACHE_DIR/broker.jsa"
POM="$SCRIPT_DIR/pom.xml"
LOG4J_CONFIG="$SCRIPT_DIR/log4j2.yaml"

HOST="127.0.0.1"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-120}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-60}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
JVM_PERFORMANCE_OPTS="${KAFKA_JVM_PERFORMANCE_OPTS:--server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}"
EXTRA_OPTS="${KAFKA_OPTS:-}"
LOG_LEVEL="${KAFKA_LOG_LEVEL:-WARN}"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
  JAVAC="$JAVA_HOME/bin/javac"
else
  JAVA="java"
  JAVAC="javac"
fi

log() { printf 'kafka.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

kafka_version() {
  sed -n 's:.*<kafka.version>\([^<]*\)</kafka.version>.*:\1:p' "$POM" | head -n 1
}

# Marker content: the pinned version plus a hash of the POM, so any change to the
# POM (version bump, log4j binding) triggers a fresh fetch.
expected_marker() {
  printf 'kafka_2.13 %s pom-sha256 %s\n' "$(kafka_version)" "$(sha256sum "$POM" | cut -d' ' -f1)"
}

libs_complete() {
  [[ -f "$LIBS_MARKER" ]] && [[ "$(cat "$LIBS_MARKER")" == "$(expected_marker)" ]]
}

# --- Kafka protocol probe (pure bash, no JVM) --------------------------------
# Sends an ApiVersions v0 request and checks that the reply carries our
# correlation id. A listener that accepts TCP but does not process requests yet
# (broker still fenced/starting) does not pass.
kafka_answers() {
  local host="$1" port="$2" out
  out="$(timeout 3 bash -c '
    exec 3<>"/dev/tcp/$1/$2" || exit 1
    # size=18 | api_key=18 (ApiVersions) | version=0 | correlation_id="KAFK" | client_id="kafka.sh"
    printf "\x00\x00\x00\x12\x00\x12\x00\x00\x4b\x41\x46\x4b\x00\x08kafka.sh" >&3
    head -c 8 <&3 | od -An -tx1
  ' _ "$host" "$port" 2>/dev/null)" || return 1
  [[ "$(echo $out)" == *"4b 41 46 4b" ]]
}

tcp_open() {
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

pid_is_our_broker() {
  local pid="$1"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  local cmdline
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == *"kafka.Kafka"* && "$cmdline" == *"$SERVER_PROPERTIES"* ]]
}

read_pid() {
  [[ -f "$PID_FILE" ]] && tr -dc '0-9' <"$PID_FILE" || true
}

with_lock() {
  mkdir -p "$CACHE_DIR"
  exec 9>"$LOCK_FILE"
  if ! flock -w "$((START_TIMEOUT + STOP_TIMEOUT + 600))" 9; then
    die "could not get the lock $LOCK_FILE"
  fi
}

# --- jars ----------------------------------------------------------------------
fetch_libs() {
  if libs_complete; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found (needed once to fetch the Kafka jars)"
  local version tmp
  version="$(kafka_version)"
  [[ -n "$version" ]] || die "could not read <kafka.version> from $POM"
  log "fetching Apache Kafka $version jars with Maven into $LIBS_DIR"
  tmp="$CACHE_DIR/libs.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  local mvn_args=(-q -B -ntp -Dstyle.color=never -f "$POM" dependency:copy-dependencies "-DoutputDirectory=$tmp")
  # Offline first (fast and works without network when ~/.m2 already has
  # everything); online only if that fails.
  if ! mvn -o "${mvn_args[@]}" >"$CACHE_DIR/mvn.log" 2>&1; then
    rm -rf "$tmp"
    mkdir -p "$tmp"
    if ! mvn "${mvn_args[@]}" >"$CACHE_DIR/mvn.log" 2>&1; then
      tail -n 40 "$CACHE_DIR/mvn.log" >&2 || true
      rm -rf "$tmp"
      die "Maven could not fetch the Kafka jars (full log: $CACHE_DIR/mvn.log)"
    fi
  fi
  [[ -f "$tmp/kafka_2.13-$version.jar" ]] || die "kafka_2.13-$version.jar missing after Maven fetch"
  rm -rf "$LIBS_DIR" "$PROBE_DIR" "$CDS_ARCHIVE"
  mv "$tmp" "$LIBS_DIR"
  expected_marker >"$LIBS_MARKER"
  log "cached $(find "$LIBS_DIR" -name '*.jar' | wc -l) jars for Kafka $version"
}

# Compiles KafkaReady.java once (needs javac; without it the readiness check
# falls back to the bash protocol probe only).
build_probe() {
  local src="$SCRIPT_DIR/KafkaReady.java"
  if [[ -f "$PROBE_DIR/KafkaReady.class" && "$PROBE_DIR/KafkaReady.class" -nt "$src" ]]; then
    return 0
  fi
  if ! command -v "$JAVAC" >/dev/null 2>&1; then
    log "javac not found: readiness = Kafka protocol probe only"
    return 1
  fi
  mkdir -p "$PROBE_DIR"
  "$JAVAC" -nowarn -d "$PROBE_DIR" -cp "$LIBS_DIR/*" "$src" >&2
}

# --- broker config and storage -------------------------------------------------
cluster_id() {
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    local id=""
    # Kafka cluster ids are base64url (no padding) of 16 random bytes; avoid a
    # leading '-' so that no command line parser takes it for an option.
    while [[ -z "$id" || "$id" == -* ]]; do
      id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    done
    printf '%s\n' "$id" >"$CLUSTER_ID_FILE"
  fi
  tr -d '\n' <"$CLUSTER_ID_FILE"
}

write_server_properties() {
  cat >"$SERVER_PROPERTIES" <<EOF
# Generated by tools/kafka/kafka.sh on every start; edits are overwritten.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:${KAFKA_ADVERTISED_PORT:-$PORT}
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=$DATA_DIR
auto.create.topics.enable=false
delete.topic.enable=true
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=${KAFKA_OFFSETS_PARTITIONS:-1}
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# After a crash (kill -9) the restarted controller keeps the old broker
# registration until its session times out (default 9 s) before the new one is
# accepted; shorter session = faster recovery in outage tests.
broker.heartbeat.interval.ms=1000
broker.session.timeout.ms=4000
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=168
EOF
  if [[ -n "${KAFKA_EXTRA_PROPERTIES:-}" ]]; then
    printf '# from KAFKA_EXTRA_PROPERTIES\n%s\n' "$KAFKA_EXTRA_PROPERTIES" >>"$SERVER_PROPERTIES"
  fi
}

java_opts_common() {
  # shellcheck disable=SC2206
  local heap=($HEAP_OPTS) perf=($JVM_PERFORMANCE_OPTS) extra=($EXTRA_OPTS)
  cds_opts
  JAVA_CMD=("$JAVA" "${heap[@]}" "${perf[@]}" "${CDS_OPTS[@]}" "${extra[@]}"
    "-Dlog4j2.configurationFile=$LOG4J_CONFIG"
    "-Dkafka.logs.dir=$LOG_DIR"
    "-Dkafka.log.level=$LOG_LEVEL"
    -cp "$LIBS_DIR/*")
}

# AppCDS (class data sharing) cuts the broker's start by roughly a second: the
# first broker run dumps the classes it loaded into broker.jsa when it exits
# normally (kafka.sh stop), later starts map that archive. The archive is tied
# to the java binary and the jar set (key file); if it does not match, the JVM
# silently runs without it. KAFKA_CDS=0 turns this off.
cds_opts() {
  CDS_OPTS=()
  [[ "${KAFKA_CDS:-1}" == 1 ]] || return 0
  local java_bin key
  java_bin="$(readlink -f "$(command -v "$JAVA")" 2>/dev/null || echo "$JAVA")"
  key="$java_bin $(cat "$LIBS_MARKER" 2>/dev/null)"
  if [[ -s "$CDS_ARCHIVE" && -f "$CDS_ARCHIVE.key" && "$(cat "$CDS_ARCHIVE.key")" == "$key" ]]; then
    CDS_OPTS=("-XX:SharedArchiveFile=$CDS_ARCHIVE")
  else
    rm -f "$CDS_ARCHIVE"
    printf '%s\n' "$key" >"$CDS_ARCHIVE.key"
    CDS_OPTS=("-XX:ArchiveClassesAtExit=$CDS_ARCHIVE")
  fi
  CDS_OPTS+=(-Xlog:cds=off -Xlog:cds+dynamic=off)
}

format_storage_if_needed() {
  if [[ -f "$DATA_DIR/meta.properties" ]]; then
    return 0
  fi
  mkdir -p "$DATA_DIR"
  local id
  id="$(cluster_id)"
  log "formatting $DATA_DIR (cluster id $id)"
  if ! "$JAVA" -Xmx256m "-Dlog4j2.configurationFile=$LOG4J_CONFIG" "-Dkafka.logs.dir=$LOG_DIR" \
      -Dkafka.log.name=tools -cp "$LIBS_DIR/*" kafka.tools.StorageTool \
      format --config "$SERVER_PROPERTIES" --cluster-id "$id" --ignore-formatted >&2; then
    die "formatting the storage in $DATA_DIR failed"
  fi
}

# --- commands ------------------------------------------------------------------
cmd_start() {
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    log "KAFKA_BROKERS is set: using the existing cluster, not starting one"
    printf '%s\n' "$KAFKA_BROKERS"
    return 0
  fi
  with_lock
  local started_at=$SECONDS

  if kafka_answers "$HOST" "$PORT"; then
    log "a broker already answers on $HOST:$PORT: reusing it"
    printf '%s:%s\n' "$HOST" "$PORT"
    return 0
  fi

  local pid
  pid="$(read_pid)"
  if [[ -n "$pid" ]] && pid_is_our_broker "$pid"; then
    log "broker process $pid (from $PID_FILE) is running but not answering yet: waiting for it"
  else
    rm -f "$PID_FILE"
    if tcp_open "$HOST" "$PORT"; then
      die "port $HOST:$PORT is taken by something that does not speak Kafka (set KAFKA_PORT)"
    fi
    if tcp_open "$HOST" "$CONTROLLER_PORT"; then
      die "controller port $HOST:$CONTROLLER_PORT is taken (set KAFKA_CONTROLLER_PORT)"
    fi
    fetch_libs
    mkdir -p "$LOG_DIR" "$DATA_DIR"
    write_server_properties
    format_storage_if_needed
    java_opts_common
    log "starting Kafka $(kafka_version) on $HOST:$PORT (controller $HOST:$CONTROLLER_PORT, data $DATA_DIR)"
    {
      printf '\n===== %s kafka.sh start (Kafka %s) =====\n' "$(date '+%F %T')" "$(kafka_version)"
    } >>"$LOG_DIR/kafka.out"
    # setsid: own session, so the broker survives the calling shell / CI step.
    # The child writes its own pid and then execs java (same pid). It closes every
    # inherited fd above 2 first: the lock (fd 9) must not stay held by the
    # broker, nor may a caller's pipe (e.g. `$(kafka.sh start | tail -n 1)`).
    PID_FILE="$PID_FILE" setsid nohup bash -c '
      for fd in /proc/$$/fd/*; do
        fd="${fd##*/}"
        if [[ "$fd" =~ ^[0-9]+$ ]] && ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null || true; fi
      done
      echo $$ >"$PID_FILE"
      exec "$@"' _ \
      "${JAVA_CMD[@]}" kafka.Kafka "$SERVER_PROPERTIES" \
      </dev/null >>"$LOG_DIR/kafka.out" 2>&1 9>&- &
    local i=0
    while [[ ! -s "$PID_FILE" ]] && ((i < 50)); do sleep 0.1; i=$((i + 1)); done
    pid="$(read_pid)"
    [[ -n "$pid" ]] || die "broker did not start (see $LOG_DIR/kafka.out)"
  fi

  # Readiness. The Java probe (AdminClient: DescribeCluster + Metadata + group
  # coordinator answering) is started right away and retries by itself, so its
  # JVM start overlaps the broker's; meanwhile this loop watches the broker
  # process and the deadline. Without javac: the bash ApiVersions probe only.
  local deadline=$((started_at + START_TIMEOUT))
  local probe_pid="" probe_err="$LOG_DIR/ready-probe.err"
  trap '[[ -n "${probe_pid:-}" ]] && kill "$probe_pid" 2>/dev/null; true' EXIT
  if build_probe; then
    "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -Xshare:auto \
      "-Dlog4j2.configurationFile=$LOG4J_CONFIG" "-Dkafka.logs.dir=$LOG_DIR" \
      -Dkafka.log.name=tools -Dkafka.log.level=ERROR \
      -cp "$PROBE_DIR:$LIBS_DIR/*" KafkaReady "$HOST:$PORT" "$((deadline - SECONDS + 1))" \
      </dev/null >/dev/null 2>"$probe_err" 9>&- &
    probe_pid=$!
  fi
  while :; do
    if [[ -n "$probe_pid" ]]; then
      if ! kill -0 "$probe_pid" 2>/dev/null; then
        if wait "$probe_pid"; then
          probe_pid=""
          break
        fi
        # Crashed or gave up: fall back to the bash protocol probe until the deadline.
        probe_pid=""
        log "readiness probe failed: $(tail -n 1 "$probe_err" 2>/dev/null)"
        continue
      fi
    elif kafka_answers "$HOST" "$PORT"; then
      break
    fi
    if ! pid_is_our_broker "$pid"; then
      [[ -n "$probe_pid" ]] && kill "$probe_pid" 2>/dev/null || true
      log "broker process $pid exited during startup; last log lines:"
      tail -n 40 "$LOG_DIR/kafka.out" >&2 || true
      tail -n 20 "$LOG_DIR/server.log" >&2 2>/dev/null || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      [[ -n "$probe_pid" ]] && kill "$probe_pid" 2>/dev/null || true
      log "timed out after ${START_TIMEOUT}s waiting for Kafka on $HOST:$PORT (pid $pid still running; it is left running, 'kafka.sh stop' stops it); last log lines:"
      tail -n 30 "$LOG_DIR/server.log" >&2 2>/dev/null || true
      tail -n 10 "$LOG_DIR/kafka.out" >&2 || true
      exit 1
    fi
    sleep 0.1
  done
  log "Kafka ready on $HOST:$PORT (pid $pid, $((SECONDS - started_at))s)"
  printf '%s:%s\n' "$HOST" "$PORT"
}

stop_locked() {
  local pid
  pid="$(read_pid)"
  if [[ -z "$pid" ]]; then
    log "not running (no pid file)"
    return 0
  fi
  if ! pid_is_our_broker "$pid"; then
    log "not running (stale pid file, pid $pid)"
    rm -f "$PID_FILE"
    return 0
  fi
  log "stopping broker pid $pid (SIGTERM, up to ${STOP_TIMEOUT}s)"
  kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while pid_is_our_broker "$pid" && ((waited < STOP_TIMEOUT * 10)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if pid_is_our_broker "$pid"; then
    log "broker pid $pid still alive after ${STOP_TIMEOUT}s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while pid_is_our_broker "$pid"; do sleep 0.1; done
    rm -f "$CDS_ARCHIVE" # may be half written
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_stop() {
  with_lock
  stop_locked
}

cmd_status() {
  local host="$HOST" port="$PORT"
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    local first="${KAFKA_BROKERS%%,*}"
    host="${first%:*}"
    port="${first##*:}"
  fi
  if kafka_answers "$host" "$port"; then
    printf '%s:%s\n' "$host" "$port"
    return 0
  fi
  log "no Kafka broker answers on $host:$port"
  return 1
}

# True if some process (a broker not started from this folder, say) holds the
# data dir's lock file open.
data_dir_in_use() {
  local f
  for f in /proc/[0-9]*/fd/*; do
    [[ "$(readlink "$f" 2>/dev/null)" == "$1/.lock" ]] && return 0
  done
  return 1
}

cmd_reset() {
  with_lock
  stop_locked
  if [[ -d "$DATA_DIR" ]]; then
    local real
    real="$(cd "$DATA_DIR" && pwd -P)"
    if data_dir_in_use "$real"; then
      die "refusing to delete $real: a process still has it open (a broker not started from this folder?)"
    fi
    case "$real" in
      / | "$HOME" | "$REPO_ROOT" | "$CACHE_DIR") die "refusing to delete $real" ;;
    esac
    if [[ "$real" != "$CACHE_DIR"/* && -n "$(ls -A "$real")" && ! -f "$real/meta.properties" ]]; then
      die "refusing to delete $real: it does not look like a Kafka data dir (no meta.properties)"
    fi
    rm -rf "$real"
    log "deleted $real"
  fi
}

cmd_fetch() {
  with_lock
  fetch_libs
  build_probe || true
  log "jars ready in $LIBS_DIR ($(kafka_version))"
}

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  fetch) cmd_fetch ;;
  -h | --help | help) usage ;;
  *) usage; exit 2 ;;
esac
